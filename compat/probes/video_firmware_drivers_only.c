/* probe video_firmware_drivers_only() in <video/nomodeset.h>: Linux 6.5 (drm_firmware_drivers_only() of Linux 5.18 moved to drivers/video/nomodeset.c) */
#include <linux/types.h>
#include <video/nomodeset.h>

bool bp_probe(void);
bool bp_probe(void)
{
	return video_firmware_drivers_only();
}
