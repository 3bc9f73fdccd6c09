/* .ndo_fill_forward_path and struct net_device_path_ctx: Linux 5.13, "net: add dev_fill_forward_path() and .ndo_fill_forward_path" */
#include <linux/netdevice.h>

static int bp_probe_fill(struct net_device_path_ctx *ctx, struct net_device_path *path)
{
	return ctx->dev ? 0 : -ENODEV;
}

const struct net_device_ops bp_probe_ops = {
	.ndo_fill_forward_path = bp_probe_fill,
};
