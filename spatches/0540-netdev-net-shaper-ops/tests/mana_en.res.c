/* trimmed from 7.2.13 drivers/net/ethernet/microsoft/mana/mana_en.c */
#include <linux/netdevice.h>
#include <net/net_shaper.h>

static const struct net_shaper_ops mana_shaper_ops = {
	.set = mana_shaper_set,
	.delete = mana_shaper_del,
	.capabilities = mana_shaper_cap,
};

#ifndef BPC_NET_DEVICE_OPS_NET_SHAPER_OPS
static const void *const bp_mana_devops_net_shaper_ops __maybe_unused = &mana_shaper_ops;
#endif

static const struct net_device_ops mana_devops = {
	.ndo_open		= mana_open,
	.ndo_stop		= mana_close,
	.ndo_select_queue	= mana_select_queue,
	.ndo_start_xmit		= mana_start_xmit,
	.ndo_validate_addr	= eth_validate_addr,
	.ndo_get_stats64	= mana_get_stats64,
	.ndo_bpf		= mana_bpf,
	.ndo_xdp_xmit		= mana_xdp_xmit,
	.ndo_change_mtu		= mana_change_mtu,
#ifdef BPC_NET_DEVICE_OPS_NET_SHAPER_OPS
	.net_shaper_ops = &mana_shaper_ops,
#endif
};
