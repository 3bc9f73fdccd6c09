/* virtio_reset_device(): Linux 5.17 (drivers called vdev->config->reset() before) */
#include <linux/virtio.h>

void bp_probe(struct virtio_device *vdev);
void bp_probe(struct virtio_device *vdev)
{
	virtio_reset_device(vdev);
}
