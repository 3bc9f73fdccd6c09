/* <linux/math.h>: Linux 5.12 (split out of <linux/kernel.h>); guarded by BPC_LINUX_MATH_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_LINUX_MATH_H
#define __BACKPORT_LINUX_MATH_H

/* <linux/math.h>: Linux 5.12 (split out of <linux/kernel.h>); probe linux_math_h (BPC_LINUX_MATH_H) (otherwise the older home of its contents) */
#ifdef BPC_LINUX_MATH_H
#include_next <linux/math.h>
#else
#include <linux/kernel.h>
#endif /* BPC_LINUX_MATH_H */

#endif /* __BACKPORT_LINUX_MATH_H */
