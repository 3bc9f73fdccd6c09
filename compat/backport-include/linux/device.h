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

/* device_find_child() passes const data to a device_match_t: Linux 6.14 ("driver core:
 * Constify API device_find_child() and adapt for various usages"); probe
 * device_find_child_const. Before, match takes void *data: same ABI, so the newer
 * callback is passed through a cast (the data is still not written). */
#ifndef BPC_DEVICE_FIND_CHILD_CONST
#define device_find_child(parent, data, match) \
	device_find_child(parent, (void *)(data), (int (*)(struct device *, void *))(match))
#endif /* BPC_DEVICE_FIND_CHILD_CONST */

/* devm_device_init_wakeup(): upstream v6.15, commit b31726836854 ("PM: wakeup: implement
 * devm_device_init_wakeup() helper"); probe devm_device_init_wakeup. Wakeup enabled now,
 * disabled again by a devm action when the driver unbinds, as upstream. */
#ifndef BPC_DEVM_DEVICE_INIT_WAKEUP
static inline void backport_device_disable_wakeup(void *dev)
{
	device_init_wakeup(dev, false);
}

static inline int devm_device_init_wakeup(struct device *dev)
{
	device_init_wakeup(dev, true);
	return devm_add_action_or_reset(dev, backport_device_disable_wakeup, dev);
}
#endif /* BPC_DEVM_DEVICE_INIT_WAKEUP */

/* dev_warn_probe(): newer than Linux 5.10 (in 6.1); probe dev_warn_probe.  The warning-level
 * dev_err_probe(): -EPROBE_DEFER is left to dev_err_probe() (it records the deferral reason
 * and prints at debug level), any other error is a warning; returns @err. */
#ifndef BPC_DEV_WARN_PROBE
#define dev_warn_probe(dev, err, fmt, ...)					\
	({									\
		int _bp_err = (err);						\
										\
		if (_bp_err == -EPROBE_DEFER)					\
			dev_err_probe(dev, _bp_err, fmt, ##__VA_ARGS__);	\
		else								\
			dev_warn(dev, "error %pe: " fmt, ERR_PTR(_bp_err),	\
				 ##__VA_ARGS__);				\
		_bp_err;							\
	})
#endif /* BPC_DEV_WARN_PROBE */

#endif /* __BACKPORT_LINUX_DEVICE_H */
