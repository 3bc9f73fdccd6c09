/* probe struct virtio_driver .shutdown: Linux 6.14 ("virtio: break and reset virtio devices on device_shutdown()") */
#include <linux/virtio.h>

static void bp_shutdown(struct virtio_device *vdev)
{
}

struct virtio_driver bp_probe = { .shutdown = bp_shutdown };
