/* virtio_find_vqs() with struct virtqueue_info[]: Linux 6.11, "virtio: introduce virtqueue_info struct and find_vqs_info() config op" */
#include <linux/virtio_config.h>

int bp_probe(struct virtio_device *vdev, struct virtqueue **vqs);
int bp_probe(struct virtio_device *vdev, struct virtqueue **vqs)
{
	struct virtqueue_info info[1] = { { "x", NULL } };

	return virtio_find_vqs(vdev, 1, vqs, info, NULL);
}
