/* probe struct sysfb_display_info (screen_info + edid_info, the platform data of sysfb's devices): upstream v7.0 series ("sysfb_primary_display", T. Zimmermann, dri-devel Nov 2025) */
#include <linux/sysfb.h>

unsigned long bp_probe(void);
unsigned long bp_probe(void)
{
	return sizeof(struct sysfb_display_info) + sizeof(((struct sysfb_display_info *)0)->screen);
}
