/* timer_container_of(): Linux 6.16 (rename of from_timer()); guarded by BPC_TIMER_CONTAINER_OF */
#ifndef __BACKPORT_LINUX_TIMER_H
#define __BACKPORT_LINUX_TIMER_H
#include_next <linux/timer.h>

#ifndef BPC_TIMER_CONTAINER_OF
#define timer_container_of(var, callback_timer, timer_fieldname) \
	container_of(callback_timer, typeof(*var), timer_fieldname)
#endif /* BPC_TIMER_CONTAINER_OF */

#endif /* __BACKPORT_LINUX_TIMER_H */
