/* of_device_get_match_data() declared by <linux/of.h>: newer than Linux 5.10 (Debian's 5.10 lacks it, 6.1.0-57 has it; moved from <linux/of_device.h>; "of: Move of_device_get_match_data() to of.h") */
#include <linux/of.h>

const void *bp_probe(const struct device *dev);
const void *bp_probe(const struct device *dev)
{
	return of_device_get_match_data(dev);
}
