/* linux/timer.h: the kernel's header plus the timer API newer drivers use. */
/* timer_container_of(): Linux 6.16 (rename of from_timer()); guarded by BPC_TIMER_CONTAINER_OF;
 * timer_delete(): Linux 6.2; guarded by BPC_TIMER_DELETE */
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

/* timer_container_of(): Linux 6.16 (rename of from_timer()); probe timer_container_of (BPC_TIMER_CONTAINER_OF) */
#ifndef BPC_TIMER_CONTAINER_OF
#define timer_container_of(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, typeof(*var), timer_fieldname)
#endif /* BPC_TIMER_CONTAINER_OF */

/* timer_delete()/timer_delete_sync(): Linux 6.2 (renames of del_timer()/del_timer_sync());
 * guarded by BPC_TIMER_DELETE.  Debian 5.10 has timer_delete_sync() but not timer_delete(). */
#ifndef BPC_TIMER_DELETE
#define timer_delete(t) del_timer(t)
#endif /* BPC_TIMER_DELETE */

#endif /* __BACKPORT_LINUX_TIMER_H */
