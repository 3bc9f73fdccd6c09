/* linux/huge_mm.h: the kernel's header plus the pfn-based insert of newer kernels. */
#ifndef __BACKPORT_LINUX_HUGE_MM_H
#define __BACKPORT_LINUX_HUGE_MM_H
#include_next <linux/huge_mm.h>

/* vmf_insert_pfn_pmd(vmf, unsigned long pfn, write): Linux 6.17 ("mm: remove pfn_t type");
 * before, a pfn_t (device memory without struct page: PFN_DEV).
 * probe vmf_insert_pfn_pmd_ulong */
#ifndef BPC_VMF_INSERT_PFN_PMD_ULONG
#include <linux/pfn_t.h>
#define vmf_insert_pfn_pmd(vmf, pfn, write) \
	vmf_insert_pfn_pmd(vmf, __pfn_to_pfn_t(pfn, PFN_DEV), write)
#endif

#endif /* __BACKPORT_LINUX_HUGE_MM_H */
