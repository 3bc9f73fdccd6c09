/* kvmemdup(): newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it), "mm: introduce kvmemdup()" */
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/string.h>

void *bp_probe(const void *src, size_t len);
void *bp_probe(const void *src, size_t len)
{
	return kvmemdup(src, len, GFP_KERNEL);
}
