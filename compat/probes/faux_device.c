/* <linux/device/faux.h>, faux_device_create(): Linux 6.14, "driver core: add a faux bus for use when a simple device/bus is needed" */
#include <linux/device/faux.h>

struct faux_device *bp_probe(void);
struct faux_device *bp_probe(void)
{
	return faux_device_create("bp", NULL, NULL);
}
