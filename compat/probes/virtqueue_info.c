/* probe struct virtqueue_info and virtio_find_vqs(vdev, n, vqs, vqs_info, desc): Linux 6.11 ("virtio: introduce virtqueue_info for find_vqs") */
#include <linux/virtio_config.h>

int bp_probe(struct virtio_device *vdev, struct virtqueue *vqs[]);
int bp_probe(struct virtio_device *vdev, struct virtqueue *vqs[])
{
	struct virtqueue_info info[] = { { "q", NULL } };

	return virtio_find_vqs(vdev, 1, vqs, info, NULL);
}
