/* probe struct fb_info .skip_panic: Linux 6.10 ("fbcon: Add an option to disable fbcon in panic") */
#include <linux/fb.h>

void bp_probe(struct fb_info *info);
void bp_probe(struct fb_info *info)
{
	info->skip_panic = true;
}
