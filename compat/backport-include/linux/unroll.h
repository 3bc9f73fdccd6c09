/* <linux/unroll.h>: Linux 6.12 (UNROLL(); Debian 6.12.117 has it, 6.1.0-57 and 5.10.0-46 do
 * not); probe linux_unroll_h. */
#ifndef __BACKPORT_LINUX_UNROLL_H
#define __BACKPORT_LINUX_UNROLL_H

/* <linux/unroll.h>: Linux 6.12 (Debian 6.12.117 has it); probe linux_unroll_h */
#ifdef BPC_LINUX_UNROLL_H
#include_next <linux/unroll.h>
#endif /* BPC_LINUX_UNROLL_H */

/* unrolled, unrolled_count(n), unrolled_full, unrolled_none: newer than Linux 6.12 (loop unroll
 * hints; Debian 6.12.117's header has only UNROLL()); #ifndef (macros).  Only a hint to the
 * compiler, as upstream: the loop pragma of the compiler in use. */
#ifndef unrolled_count
#ifdef CONFIG_CC_IS_CLANG
#define bp_unroll_pragma(clang, gcc)	_Pragma(#clang)
#else
#define bp_unroll_pragma(clang, gcc)	_Pragma(#gcc)
#endif
#define unrolled		bp_unroll_pragma(clang loop unroll(enable), )
#define unrolled_count(n)	bp_unroll_pragma(clang loop unroll_count(n), GCC unroll n)
#define unrolled_full		bp_unroll_pragma(clang loop unroll(full), GCC unroll 65534)
#define unrolled_none		bp_unroll_pragma(clang loop unroll(disable), GCC unroll 1)
#endif /* !unrolled_count */

#endif /* __BACKPORT_LINUX_UNROLL_H */
