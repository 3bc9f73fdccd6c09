/* probe struct fb_deferred_io_pageref: Linux 5.18 ("fbdev: Track deferred-I/O pages in pageref struct"; before, deferred I/O links the written pages themselves through page->lru) */
#include <linux/fb.h>

unsigned long bp_probe(struct fb_deferred_io_pageref *pageref);
unsigned long bp_probe(struct fb_deferred_io_pageref *pageref)
{
	return pageref->offset;
}
