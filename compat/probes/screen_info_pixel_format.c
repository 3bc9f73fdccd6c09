/* probe screen_info_pixel_format(): newer than Linux 6.12, with efidrm/vesadrm (drivers/video/screen_info_generic.c) [export:screen_info_pixel_format] */
#include <linux/screen_info.h>

struct pixel_format;

int bp_probe(const struct screen_info *si, struct pixel_format *f);
int bp_probe(const struct screen_info *si, struct pixel_format *f)
{
	return screen_info_pixel_format(si, f);
}
