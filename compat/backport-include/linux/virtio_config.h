/* linux/virtio_config.h: the kernel's header plus the virtqueue_info form of find_vqs. */
#ifndef __BACKPORT_LINUX_VIRTIO_CONFIG_H
#define __BACKPORT_LINUX_VIRTIO_CONFIG_H
#include_next <linux/virtio_config.h>

/* struct virtqueue_info, virtio_find_vqs(vdev, nvqs, vqs, vqs_info, desc): Linux 6.11
 * ("virtio: introduce virtqueue_info for find_vqs"); before, parallel arrays of
 * callbacks, names and ctx flags. probe virtqueue_info */
#ifndef BPC_VIRTQUEUE_INFO
#include <linux/slab.h>

struct virtqueue_info {
	const char *name;
	vq_callback_t *callback;
	bool ctx;
};

static inline int bp_virtio_find_vqs_info(struct virtio_device *vdev, unsigned int nvqs,
					  struct virtqueue *vqs[],
					  struct virtqueue_info vqs_info[],
					  struct irq_affinity *desc)
{
	vq_callback_t **callbacks;
	const char **names;
	bool *ctx;
	unsigned int i;
	int err;

	callbacks = kcalloc(nvqs, sizeof(*callbacks), GFP_KERNEL);
	names = kcalloc(nvqs, sizeof(*names), GFP_KERNEL);
	ctx = kcalloc(nvqs, sizeof(*ctx), GFP_KERNEL);
	err = -ENOMEM;
	if (callbacks && names && ctx) {
		for (i = 0; i < nvqs; i++) {
			callbacks[i] = vqs_info[i].callback;
			names[i] = vqs_info[i].name;
			ctx[i] = vqs_info[i].ctx;
		}
		err = vdev->config->find_vqs(vdev, nvqs, vqs, callbacks, names, ctx, desc);
	}
	kfree(ctx);
	kfree(names);
	kfree(callbacks);
	return err;
}
#define virtio_find_vqs bp_virtio_find_vqs_info
#endif

#endif /* __BACKPORT_LINUX_VIRTIO_CONFIG_H */
