/* probe platform_driver.remove returning void: upstream v6.11, commit 0edb555a65d1 ("platform: Make platform_driver::remove() return void") */
#include <linux/platform_device.h>

static void bp_probe_remove(struct platform_device *pdev)
{
}

struct platform_driver bp_probe_driver;
struct platform_driver bp_probe_driver = {
	.remove = bp_probe_remove,
};
