// SPDX-License-Identifier: GPL-2.0-only
/* The drivers/video helpers 7.2's DRM calls (Linux 6.5: video_get_options(),
 * video_firmware_drivers_only()), on kernels that have the same facilities under their
 * fbdev/drm names. Probes video_get_options, video_firmware_drivers_only,
 * drm_firmware_drivers_only (before Linux 5.18 the `nomodeset` answer is vgacon's
 * vgacon_text_force()). */
#include <linux/console.h>
#include <linux/export.h>
#include <linux/fb.h>
#include <linux/types.h>
#include <video/cmdline.h>
#include <video/nomodeset.h>

#ifndef BPC_VIDEO_GET_OPTIONS
/*
 * fb_get_options() finds "video=NAME:OPTIONS" or, failing that, the global video=
 * string. It returns a nonzero value when the options say "off" (or ofonly and NAME is
 * not offb); video_get_options() has no such answer and hands back the string, which
 * the drm caller parses (and treats "off" as a mode it cannot use). The global string
 * comes back kstrdup()ed by fb_get_options(): one small allocation per connector
 * probed with a global video= option, never freed (as with 6.1's own drm).
 */
const char *video_get_options(const char *name)
{
	char *option = NULL;

	if (IS_ENABLED(CONFIG_FB_CMDLINE))
		fb_get_options(name, &option);
	return option;
}
EXPORT_SYMBOL(video_get_options);
#endif

#if !defined(BPC_VIDEO_FIRMWARE_DRIVERS_ONLY) && defined(BPC_DRM_FIRMWARE_DRIVERS_ONLY)
/* the kernel's own (drivers/gpu/drm/drm_nomodeset.c, built in with CONFIG_DRM_NOMODESET) */
extern bool drm_firmware_drivers_only(void);

bool video_firmware_drivers_only(void)
{
	return drm_firmware_drivers_only();
}
EXPORT_SYMBOL(video_firmware_drivers_only);
#endif

#if !defined(BPC_VIDEO_FIRMWARE_DRIVERS_ONLY) && !defined(BPC_DRM_FIRMWARE_DRIVERS_ONLY)
/*
 * Before Linux 5.18 the `nomodeset` kernel option is parsed by the VGA text console
 * (drivers/video/console/vgacon.c) and drm drivers ask vgacon_text_force(), which is
 * false without CONFIG_VGA_CONSOLE (linux/console.h).
 */
bool video_firmware_drivers_only(void)
{
	return vgacon_text_force();
}
EXPORT_SYMBOL(video_firmware_drivers_only);
#endif
