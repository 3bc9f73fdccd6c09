/* linux/timer.h: the kernel's header plus the timer API newer drivers use. */
#ifndef __BACKPORT_LINUX_TIMER_H
#define __BACKPORT_LINUX_TIMER_H
#include_next <linux/timer.h>

/* timer_shutdown_sync(), timer_shutdown(): upstream v6.2, commit f571faf6e443; probe timer_shutdown_sync.
 * Old kernels cannot forbid re-arming, so this is deletion only: callers use it on teardown. */
#ifndef BPC_TIMER_SHUTDOWN_SYNC
static inline int timer_shutdown_sync(struct timer_list *timer)
{
	return del_timer_sync(timer);
}

static inline int timer_shutdown(struct timer_list *timer)
{
	return del_timer(timer);
}
#endif

#endif /* __BACKPORT_LINUX_TIMER_H */
