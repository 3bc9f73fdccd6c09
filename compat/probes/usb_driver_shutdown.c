/* probe struct usb_driver's .shutdown callback: upstream v6.8 (added for uas) */
#include <linux/usb.h>

static void bp_shutdown(struct usb_interface *intf) { }

void bp_probe(struct usb_driver *drv);
void bp_probe(struct usb_driver *drv)
{
	drv->shutdown = bp_shutdown;
}
