/* <linux/math.h>: Linux 5.12 (split out of <linux/kernel.h>); guarded by BPC_LINUX_MATH_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_LINUX_MATH_H
#define __BACKPORT_LINUX_MATH_H

/* <linux/math.h>: Linux 5.12 (split out of <linux/kernel.h>); probe linux_math_h (BPC_LINUX_MATH_H) (otherwise the older home of its contents) */
#ifdef BPC_LINUX_MATH_H
#include_next <linux/math.h>
#else
#include <linux/kernel.h>
#endif /* BPC_LINUX_MATH_H */

/* abs_diff(): newer than Linux 6.1 (Debian 6.1.0-57 lacks it), present by 6.12 in
 * <linux/math.h>; a macro, so #ifndef is the probe.  Same-type arguments, the larger minus
 * the smaller. */
#ifndef abs_diff
#define abs_diff(a, b) ({				\
	typeof(a) __bp_ad_a = (a);			\
	typeof(b) __bp_ad_b = (b);			\
	(void)(&__bp_ad_a == &__bp_ad_b);		\
	__bp_ad_a > __bp_ad_b ? __bp_ad_a - __bp_ad_b : __bp_ad_b - __bp_ad_a; \
})
#endif

#endif /* __BACKPORT_LINUX_MATH_H */
