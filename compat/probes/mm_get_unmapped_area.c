/* probe mm_get_unmapped_area(): Linux 6.10 ("mm: switch mm->get_unmapped_area() to a flag"; before, callers used current->mm->get_unmapped_area) */
#include <linux/sched/mm.h>

unsigned long bp_probe(struct file *f, unsigned long a, unsigned long l, unsigned long p, unsigned long fl);
unsigned long bp_probe(struct file *f, unsigned long a, unsigned long l, unsigned long p, unsigned long fl)
{
	return mm_get_unmapped_area(current->mm, f, a, l, p, fl);
}
