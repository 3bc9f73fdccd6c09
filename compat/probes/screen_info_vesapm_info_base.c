/* probe __screen_info_vesapm_info_base(): newer than Linux 6.12 (linux/screen_info.h, vesadrm's VESA protected-mode interface) */
#include <linux/screen_info.h>

u32 bp_probe(const struct screen_info *si);
u32 bp_probe(const struct screen_info *si)
{
	return __screen_info_vesapm_info_base(si);
}
