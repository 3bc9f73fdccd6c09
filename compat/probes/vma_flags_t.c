/* probe vma_flags_t and mk_vma_flags(): Linux 7.x (VMA flags as a bitmap type) */
#include <linux/mm.h>

vma_flags_t bp_probe(void);
vma_flags_t bp_probe(void)
{
	return mk_vma_flags(VMA_NORESERVE_BIT);
}
