/* guard(spinlock_bh) lock guard: Linux 6.5, "locking: Introduce __cleanup() based infrastructure" (spinlock guards) */
#include <linux/spinlock.h>
#include <linux/cleanup.h>

void bp_probe(spinlock_t *l);
void bp_probe(spinlock_t *l)
{
	guard(spinlock_bh)(l);
}
