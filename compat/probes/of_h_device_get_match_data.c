/* of_device_get_match_data() declared by <linux/of.h>: Linux 6.5? (moved from <linux/of_device.h>; "of: Move of_device_get_match_data() to of.h") */
#include <linux/of.h>

const void *bp_probe(const struct device *dev);
const void *bp_probe(const struct device *dev)
{
	return of_device_get_match_data(dev);
}
