/* kvmemdup(): Linux 6.? ("mm: introduce kvmemdup()") */
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/string.h>

void *bp_probe(const void *src, size_t len);
void *bp_probe(const void *src, size_t len)
{
	return kvmemdup(src, len, GFP_KERNEL);
}
