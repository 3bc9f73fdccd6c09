/* probe xenbus_driver.not_essential: upstream v5.17 ("xen: add "not_essential" flag to struct xenbus_driver") */
#include <xen/xenbus.h>

struct xenbus_driver bp_probe_driver;
struct xenbus_driver bp_probe_driver = {
	.not_essential = true,
};
