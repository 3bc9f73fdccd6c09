/* probe dev_warn_probe(): newer than Linux 5.10 (in 6.1; the warning-level dev_err_probe()) */
#include <linux/device.h>

int bp_probe(struct device *dev, int err);
int bp_probe(struct device *dev, int err)
{
	return dev_warn_probe(dev, err, "probe %d\n", 1);
}
