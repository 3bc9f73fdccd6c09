/* probe timer_shutdown_sync(): upstream v6.2, commit f571faf6e443 ("timers: Provide timer_shutdown[_sync]()") */
#include <linux/timer.h>

int bp_probe(struct timer_list *t);
int bp_probe(struct timer_list *t)
{
	return timer_shutdown_sync(t);
}
