/* serdev_device_ops.receive_buf() returns size_t: Linux 6.8 ("serdev: convert to u8 and size_t") */
#include <linux/serdev.h>

size_t bp_probe(struct serdev_device *serdev, const u8 *buf, size_t n);
size_t bp_probe(struct serdev_device *serdev, const u8 *buf, size_t n)
{
	size_t (*r)(struct serdev_device *, const u8 *, size_t) = serdev->ops->receive_buf;

	return r(serdev, buf, n);
}
