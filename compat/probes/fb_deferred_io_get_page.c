/* probe struct fb_deferred_io .get_page: Linux 6.10 ("fbdev: Add fb_deferred_io.get_page") */
#include <linux/fb.h>

void bp_probe(struct fb_deferred_io *d);
void bp_probe(struct fb_deferred_io *d)
{
	d->get_page = NULL;
}
