/* struct class .namespace taking const struct device *: Linux 6.2, "driver core: make struct class.namespace take a const *" */
#pragma GCC diagnostic error "-Wincompatible-pointer-types"
#include <linux/device/class.h>

static const void *bp_probe_ns(const struct device *d)
{
	return NULL;
}

struct class bp_probe_class = {
	.namespace = bp_probe_ns,
};
