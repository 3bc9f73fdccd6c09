/* probe DEFINE_SEMAPHORE(name, count): upstream v6.4 (the initial count became an argument; before, DEFINE_SEMAPHORE(name) with count 1) */
#include <linux/semaphore.h>

static DEFINE_SEMAPHORE(bp_probe_sem, 1);

int bp_probe(void);
int bp_probe(void)
{
	return down_trylock(&bp_probe_sem);
}
