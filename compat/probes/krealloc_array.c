/* probe krealloc_array(): Linux 5.11 ("mm: slab: provide krealloc_array()") */
#include <linux/slab.h>

void *bp_probe(void *p, size_t n);
void *bp_probe(void *p, size_t n)
{
	return krealloc_array(p, n, 8, GFP_KERNEL);
}
