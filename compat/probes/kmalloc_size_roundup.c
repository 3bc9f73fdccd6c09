/* probe kmalloc_size_roundup(): upstream v6.1 ("slab: Introduce kmalloc_size_roundup()") */
#include <linux/slab.h>

size_t bp_probe(size_t n);
size_t bp_probe(size_t n)
{
	return kmalloc_size_roundup(n);
}
