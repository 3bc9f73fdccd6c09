/* scoped_guard() that lets the compiler see a return inside it ends the function: newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it), "cleanup: Make scoped_guard() jump-based" (older: for-loop with a 'done' flag) */
#include <linux/spinlock.h>
#include <linux/cleanup.h>

int bp_probe(spinlock_t *l);
int bp_probe(spinlock_t *l)
{
	scoped_guard(spinlock, l) {
		return 1;
	}
}
