#ifndef __BACKPORT_VIDEO_CMDLINE_H
#define __BACKPORT_VIDEO_CMDLINE_H
/* video/cmdline.h, video_get_options(): Linux 6.5; probe video_get_options */
#ifdef BPC_VIDEO_GET_OPTIONS
#include_next <video/cmdline.h>
#else
#include <linux/kconfig.h>
#include <linux/types.h>

/* video_get_options(): Linux 6.5, drivers/video/cmdline.c; probe video_get_options.
 * Before, the video=NAME:OPTIONS strings are kept by fbdev's fb_get_options() (built in
 * with CONFIG_FB_CMDLINE on every Debian kernel). compat/video.c. */
#define video_get_options LINUX_BACKPORT(video_get_options)
const char *video_get_options(const char *name);
#endif
#endif /* __BACKPORT_VIDEO_CMDLINE_H */
