/* probe mm_get_unmapped_area(filp, addr, len, pgoff, flags) without the mm: Linux 6.18 (always current->mm) */
#include <linux/sched/mm.h>

unsigned long (*bp_probe)(struct file *, unsigned long, unsigned long, unsigned long,
			  unsigned long) = mm_get_unmapped_area;
