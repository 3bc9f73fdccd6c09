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

#endif /* __BACKPORT_LINUX_HRTIMER_H */
