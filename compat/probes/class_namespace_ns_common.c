/* struct class .namespace returning const struct ns_common *: Linux 6.19 (namespace rework) */
#pragma GCC diagnostic error "-Wincompatible-pointer-types"
#include <linux/device/class.h>
#include <linux/ns_common.h>

static const struct ns_common *bp_probe_ns(const struct device *d)
{
	return NULL;
}

struct class bp_probe_class = {
	.namespace = bp_probe_ns,
};
