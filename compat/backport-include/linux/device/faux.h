/* faux bus: Linux 6.14; guarded by BPC_FAUX_DEVICE.  Without it a faux device
 * is a resource-less platform device (what users had before 6.14); only the
 * ops == NULL form is supported, which is what wireless uses. */
#ifndef __BACKPORT_LINUX_DEVICE_FAUX_H
#define __BACKPORT_LINUX_DEVICE_FAUX_H

/* faux bus: Linux 6.14; probe faux_device (BPC_FAUX_DEVICE) */
#ifdef BPC_FAUX_DEVICE
#include_next <linux/device/faux.h>
#else
#include <linux/platform_device.h>
#include <linux/err.h>

#define faux_device platform_device
struct faux_device_ops;

static inline struct faux_device *
faux_device_create(const char *name, struct device *parent,
		   const struct faux_device_ops *faux_ops)
{
	struct platform_device *pdev;

	WARN_ON(faux_ops);
	pdev = platform_device_register_data(parent, name, PLATFORM_DEVID_NONE,
					     NULL, 0);
	return IS_ERR(pdev) ? NULL : pdev;
}

static inline void faux_device_destroy(struct faux_device *faux_dev)
{
	platform_device_unregister(faux_dev);
}

static inline void *faux_device_get_drvdata(const struct faux_device *faux_dev)
{
	return dev_get_drvdata(&faux_dev->dev);
}

static inline void faux_device_set_drvdata(struct faux_device *faux_dev, void *data)
{
	dev_set_drvdata(&faux_dev->dev, data);
}
#endif /* BPC_FAUX_DEVICE */

#endif /* __BACKPORT_LINUX_DEVICE_FAUX_H */
