/* probe vma_flags_t and mk_vma_flags(): newer than Linux 6.12 (in 7.2), VMA flags as a bitmap type */
#include <linux/mm.h>

vma_flags_t bp_probe(void);
vma_flags_t bp_probe(void)
{
	return mk_vma_flags(VMA_NORESERVE_BIT);
}
