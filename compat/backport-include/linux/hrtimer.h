/* hrtimer_setup(): Linux 6.13 ("hrtimer: Introduce hrtimer_setup() ..."); guarded by BPC_HRTIMER_SETUP */
#ifndef __BACKPORT_LINUX_HRTIMER_H
#define __BACKPORT_LINUX_HRTIMER_H
#include_next <linux/hrtimer.h>

/* hrtimer_setup(): Linux 6.13 ("hrtimer: Introduce hrtimer_setup() ..."); probe hrtimer_setup (BPC_HRTIMER_SETUP) */
#ifndef BPC_HRTIMER_SETUP
static inline void hrtimer_setup(struct hrtimer *timer,
				 enum hrtimer_restart (*function)(struct hrtimer *),
				 clockid_t clock_id, enum hrtimer_mode mode)
{
	hrtimer_init(timer, clock_id, mode);
	timer->function = function;
}
#endif /* BPC_HRTIMER_SETUP */

/* hrtimer_dummy_timeout(): Linux 6.15 (the callback hrtimer_setup() installs for a NULL
 * function); probe hrtimer_dummy_timeout (BPC_HRTIMER_DUMMY_TIMEOUT). rt2x00 sets it up
 * first and installs the real callback later with hrtimer_update_function(). */
#ifndef BPC_HRTIMER_DUMMY_TIMEOUT
static inline enum hrtimer_restart hrtimer_dummy_timeout(struct hrtimer *unused)
{
	return HRTIMER_NORESTART;
}
#endif /* BPC_HRTIMER_DUMMY_TIMEOUT */

/* hrtimer_update_function(): Linux 6.15 (commit 8f02e3563bb5, "hrtimers: Introduce
 * hrtimer_update_function()"), for when .function became private; before, the field is
 * plain and assigned directly (without 6.15's lockdep checks); probe
 * hrtimer_update_function (BPC_HRTIMER_UPDATE_FUNCTION) */
#ifndef BPC_HRTIMER_UPDATE_FUNCTION
static inline void hrtimer_update_function(struct hrtimer *timer,
					   enum hrtimer_restart (*function)(struct hrtimer *))
{
	timer->function = function;
}
#endif /* BPC_HRTIMER_UPDATE_FUNCTION */

#endif /* __BACKPORT_LINUX_HRTIMER_H */
