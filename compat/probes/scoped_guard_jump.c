/* scoped_guard() that lets the compiler see a return inside it ends the function: Linux 6.13?, "cleanup: Make scoped_guard() jump-based" (older: for-loop with a 'done' flag) */
#include <linux/spinlock.h>
#include <linux/cleanup.h>

int bp_probe(spinlock_t *l);
int bp_probe(spinlock_t *l)
{
	scoped_guard(spinlock, l) {
		return 1;
	}
}
