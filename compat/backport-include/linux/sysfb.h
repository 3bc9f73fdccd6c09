/* linux/sysfb.h: the kernel's header plus struct sysfb_display_info */
#ifndef __BACKPORT_LINUX_SYSFB_H
#define __BACKPORT_LINUX_SYSFB_H
#include_next <linux/sysfb.h>
/* 7.x's sysfb.h brings these; the older ones only declare struct screen_info */
#include <linux/screen_info.h>
#include <video/edid.h>

/*
 * struct sysfb_display_info: upstream v7.0 series (sysfb_primary_display, which replaced
 * the global screen_info/edid_info); probe sysfb_display_info. It is the platform data of
 * the devices sysfb registers ("efi-framebuffer", "vesa-framebuffer"). An older sysfb
 * attaches a copy of struct screen_info alone, so the compat struct has that one member:
 * dev_get_platdata() then points at the same layout. The EDID is the kernel's global
 * edid_info there (patch 0618 reads it).
 */
#ifndef BPC_SYSFB_DISPLAY_INFO
struct sysfb_display_info {
	struct screen_info screen;
};
#endif /* BPC_SYSFB_DISPLAY_INFO */

/*
 * The screen_info helpers efidrm/vesadrm call (linux/screen_info.h upstream). They are here,
 * not in a linux/screen_info.h wrapper, because x86's uapi asm/bootparam.h includes that
 * header into nearly every file, and only the sysfb drivers include this one. They build on
 * the kernel's screen_info decoding library (CONFIG_SCREEN_INFO, Linux 6.9; probe
 * screen_info_video_type). Without it (6.1, 5.10) efidrm and vesadrm are off
 * (compat/dependencies) and nothing here is defined.
 */
#ifdef BPC_SCREEN_INFO_VIDEO_TYPE

/* __screen_info_vesapm_info_base(): upstream after v6.12 (vesadrm's VESA protected-mode
 * interface); probe screen_info_vesapm_info_base. */
#ifndef BPC_SCREEN_INFO_VESAPM_INFO_BASE
static inline u32 __screen_info_vesapm_info_base(const struct screen_info *si)
{
	if (si->vesapm_seg < 0xc000)
		return 0;
	return (si->vesapm_seg << 4) + si->vesapm_off;
}
#endif /* BPC_SCREEN_INFO_VESAPM_INFO_BASE */

/* screen_info_pixel_format(): upstream after v6.12 (v6.16, with efidrm/vesadrm); probe
 * screen_info_pixel_format. The linear-framebuffer types only, as upstream; built on the
 * kernel's exported __screen_info_lfb_bits_per_pixel(). */
#ifndef BPC_SCREEN_INFO_PIXEL_FORMAT
#include <linux/errno.h>
#include <linux/limits.h>
#include <video/pixel_format.h>

static inline int screen_info_pixel_format(const struct screen_info *si, struct pixel_format *f)
{
	u32 bits_per_pixel;

	switch (screen_info_video_type(si)) {
	case VIDEO_TYPE_VLFB:
	case VIDEO_TYPE_EFI:
		break;
	default:
		return -EINVAL;
	}

	bits_per_pixel = __screen_info_lfb_bits_per_pixel(si);
	if (bits_per_pixel > U8_MAX)
		return -EINVAL;
	f->bits_per_pixel = bits_per_pixel;
	if (si->lfb_depth > 8) {
		f->indexed = false;
		f->alpha.offset = 0;
		f->alpha.length = 0;
		f->red.offset = si->red_pos;
		f->red.length = si->red_size;
		f->green.offset = si->green_pos;
		f->green.length = si->green_size;
		f->blue.offset = si->blue_pos;
		f->blue.length = si->blue_size;
	} else {
		f->indexed = true;
		f->index.offset = 0;
		f->index.length = si->lfb_depth;
	}
	return 0;
}
#endif /* BPC_SCREEN_INFO_PIXEL_FORMAT */

#endif /* BPC_SCREEN_INFO_VIDEO_TYPE */

#endif /* __BACKPORT_LINUX_SYSFB_H */
