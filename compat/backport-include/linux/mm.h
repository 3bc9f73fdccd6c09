/* linux/mm.h: the kernel's header plus the newer helpers. */
#ifndef __BACKPORT_LINUX_MM_H
#define __BACKPORT_LINUX_MM_H
#include_next <linux/mm.h>

/* vm_flags_set()/vm_flags_clear(): Linux 6.3, commit bc292ab00f6c (vm_flags became
 * read-only outside the wrappers); before, vm_flags is written directly.
 * probe vm_flags_set */
#ifndef BPC_VM_FLAGS_SET
static inline void vm_flags_set(struct vm_area_struct *vma, vm_flags_t flags)
{
	vma->vm_flags |= flags;
}

static inline void vm_flags_clear(struct vm_area_struct *vma, vm_flags_t flags)
{
	vma->vm_flags &= ~flags;
}

static inline void vm_flags_mod(struct vm_area_struct *vma, vm_flags_t set, vm_flags_t clear)
{
	vma->vm_flags = (vma->vm_flags | set) & ~clear;
}
#endif

/* PMD_ORDER: Linux 6.9 (the page order of a PMD mapping); a macro, so #ifndef */
#ifndef PMD_ORDER
#define PMD_ORDER (PMD_SHIFT - PAGE_SHIFT)
#endif

#endif /* __BACKPORT_LINUX_MM_H */
