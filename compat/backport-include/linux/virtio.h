/* linux/virtio.h: the kernel's header plus the virtio helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_VIRTIO_H
#define __BACKPORT_LINUX_VIRTIO_H
#include_next <linux/virtio.h>

/* virtio_reset_device(): upstream v5.17; probe virtio_reset_device */
#ifndef BPC_VIRTIO_RESET_DEVICE
#include <linux/virtio_config.h>
static inline void virtio_reset_device(struct virtio_device *dev)
{
	dev->config->reset(dev);
}
#endif

#endif /* __BACKPORT_LINUX_VIRTIO_H */
