/* probe vmf_insert_pfn_pmd(vmf, unsigned long pfn, write): Linux 6.17 removed pfn_t ("mm: remove pfn_t type") */
#include <linux/mm.h>
#include <linux/huge_mm.h>

vm_fault_t (*bp_probe)(struct vm_fault *, unsigned long, bool) = vmf_insert_pfn_pmd;
