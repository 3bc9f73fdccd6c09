/* probe xenbus_driver.remove returning void: upstream v6.4 ("xen: make remove callback of xen driver void returned") */
#include <xen/xenbus.h>

static void bp_probe_remove(struct xenbus_device *dev)
{
}

struct xenbus_driver bp_probe_driver;
struct xenbus_driver bp_probe_driver = {
	.remove = bp_probe_remove,
};
