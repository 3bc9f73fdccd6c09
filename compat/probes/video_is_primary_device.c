/* probe video_is_primary_device(struct device *) in <asm/video.h>: Linux 6.9 (replaces fbdev's fb_is_primary_device(struct fb_info *)) */
#include <linux/device.h>
#include <asm/video.h>

bool bp_probe(struct device *dev);
bool bp_probe(struct device *dev)
{
	return video_is_primary_device(dev);
}
