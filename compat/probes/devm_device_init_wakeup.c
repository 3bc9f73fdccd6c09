/* probe devm_device_init_wakeup(): upstream v6.15, commit b31726836854 ("PM: wakeup: implement devm_device_init_wakeup() helper") */
#include <linux/device.h>

int bp_probe(struct device *dev);
int bp_probe(struct device *dev)
{
	return devm_device_init_wakeup(dev);
}
