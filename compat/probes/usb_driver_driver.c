/* struct usb_driver.driver (the embedded struct device_driver): Linux 6.8 ("USB: core: Unite old scan_... / remove struct usbdrv_wrap") */
#include <linux/usb.h>

struct device_driver *bp_probe(struct usb_driver *drv);
struct device_driver *bp_probe(struct usb_driver *drv)
{
	return &drv->driver;
}
