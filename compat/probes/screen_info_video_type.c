/* probe screen_info_video_type() and the screen_info decoding helpers (CONFIG_SCREEN_INFO): upstream v6.9 ("video: Add helpers for decoding screen_info") */
#include <linux/screen_info.h>

unsigned int bp_probe(const struct screen_info *si);
unsigned int bp_probe(const struct screen_info *si)
{
	return screen_info_video_type(si) + __screen_info_lfb_bits_per_pixel(si);
}
