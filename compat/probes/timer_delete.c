/* timer_delete()/timer_delete_sync(): Linux 6.2, "timers: Rename del_timer() to timer_delete()" (timer_delete_sync 6.1) */
#include <linux/timer.h>

int bp_probe(struct timer_list *t);
int bp_probe(struct timer_list *t)
{
	return timer_delete(t) + timer_delete_sync(t);
}
