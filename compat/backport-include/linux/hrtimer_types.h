#ifndef __BACKPORT_LINUX_HRTIMER_TYPES_H
#define __BACKPORT_LINUX_HRTIMER_TYPES_H
/* linux/hrtimer_types.h: Linux 6.8, struct hrtimer split out of linux/hrtimer.h;
 * probe linux_hrtimer_types_h */
#ifdef BPC_LINUX_HRTIMER_TYPES_H
#include_next <linux/hrtimer_types.h>
#else
#include <linux/hrtimer.h>
#endif
#endif /* __BACKPORT_LINUX_HRTIMER_TYPES_H */
