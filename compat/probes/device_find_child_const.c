/* device_find_child() with const data and device_match_t: Linux 6.14 ("driver core: Constify API device_find_child() and adapt for various usages") */
#include <linux/device.h>

static int bp_match(struct device *dev, const void *data)
{
	return dev == data;
}

struct device *bp_probe(struct device *parent);
struct device *bp_probe(struct device *parent)
{
	return device_find_child(parent, parent, bp_match);
}
