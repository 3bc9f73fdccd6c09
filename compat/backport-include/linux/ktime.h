/* us_to_ktime(): Linux 6.17; guarded by BPC_US_TO_KTIME */
#ifndef __BACKPORT_LINUX_KTIME_H
#define __BACKPORT_LINUX_KTIME_H
#include_next <linux/ktime.h>

/* us_to_ktime(): Linux 6.17; probe us_to_ktime (BPC_US_TO_KTIME) */
#ifndef BPC_US_TO_KTIME
static inline ktime_t us_to_ktime(u64 us)
{
	return us * NSEC_PER_USEC;
}
#endif /* BPC_US_TO_KTIME */

#endif /* __BACKPORT_LINUX_KTIME_H */
