#ifndef __BACKPORT_VIDEO_NOMODESET_H
#define __BACKPORT_VIDEO_NOMODESET_H
/* video/nomodeset.h, video_firmware_drivers_only(): Linux 6.5; probe video_firmware_drivers_only */
#ifdef BPC_VIDEO_FIRMWARE_DRIVERS_ONLY
#include_next <video/nomodeset.h>
#else
#include <linux/types.h>

/* video_firmware_drivers_only(): Linux 6.5, drivers/video/nomodeset.c; probe
 * video_firmware_drivers_only. Before, the kernel's `nomodeset` answer is
 * drm_firmware_drivers_only() (Linux 5.18, built in), a name 7.2's drm_drv.h takes for
 * an inline of its own, so compat/video.c calls it out of line. */
#define video_firmware_drivers_only LINUX_BACKPORT(video_firmware_drivers_only)
bool video_firmware_drivers_only(void);
#endif
#endif /* __BACKPORT_VIDEO_NOMODESET_H */
