/* guard(rcu) lock guard: Linux 6.5, "rcu: add lock guard for rcu_read_lock" (cleanup.h guards) */
#include <linux/rcupdate.h>
#include <linux/cleanup.h>

void bp_probe(void);
void bp_probe(void)
{
	guard(rcu)();
}
