/* devm_kmemdup_array(): Linux 6.14; guarded by BPC_DEVM_KMEMDUP_ARRAY */
#ifndef __BACKPORT_LINUX_DEVICE_H
#define __BACKPORT_LINUX_DEVICE_H
#include_next <linux/device.h>

/* devm_kmemdup_array(): Linux 6.14; probe devm_kmemdup_array (BPC_DEVM_KMEMDUP_ARRAY) */
#ifndef BPC_DEVM_KMEMDUP_ARRAY
#include <linux/overflow.h>
#define devm_kmemdup_array(dev, src, n, size, flags) \
	devm_kmemdup(dev, src, size_mul(size, n), flags)
#endif /* BPC_DEVM_KMEMDUP_ARRAY */

#endif /* __BACKPORT_LINUX_DEVICE_H */
