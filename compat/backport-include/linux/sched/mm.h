/* linux/sched/mm.h: the kernel's header plus the newer calling conventions. */
#ifndef __BACKPORT_LINUX_SCHED_MM_H
#define __BACKPORT_LINUX_SCHED_MM_H
#include_next <linux/sched/mm.h>

/* mm_get_unmapped_area(filp, addr, len, pgoff, flags): Linux 6.18 dropped the mm
 * argument (every caller passed current->mm); probe mm_get_unmapped_area_no_mm */
#ifndef BPC_MM_GET_UNMAPPED_AREA_NO_MM
#define mm_get_unmapped_area(filp, addr, len, pgoff, flags) \
	mm_get_unmapped_area(current->mm, filp, addr, len, pgoff, flags)
#endif

/* mm_get_unmapped_area() itself: Linux 6.10 ("mm: switch mm->get_unmapped_area() to a
 * flag"); before, the mm's own get_unmapped_area hook. probe mm_get_unmapped_area_no_mm
 * (the 6.18 form, handled above) and probe mm_get_unmapped_area */
#if !defined(BPC_MM_GET_UNMAPPED_AREA_NO_MM) && !defined(BPC_MM_GET_UNMAPPED_AREA)
#undef mm_get_unmapped_area
#define mm_get_unmapped_area(filp, addr, len, pgoff, flags) \
	current->mm->get_unmapped_area(filp, addr, len, pgoff, flags)
#endif

#endif /* __BACKPORT_LINUX_SCHED_MM_H */
