/* linux/minmax.h: the kernel's header plus the helpers newer code expects there. */
#ifndef __BACKPORT_LINUX_MINMAX_H
#define __BACKPORT_LINUX_MINMAX_H
#include_next <linux/minmax.h>

/* MIN_T()/MAX_T(): the constant-expression min_t()/max_t() of Linux 6.11 (an array bound in
 * drm_color_mgmt.c); Debian 5.10.0-46 and 6.1 have them from their stable updates,
 * 5.10.0-30/-32 do not. Each argument is evaluated twice, as in the kernel's: for
 * constants. A macro: #ifndef */
#ifndef MIN_T
#define MIN_T(type, a, b) ((type)(a) < (type)(b) ? (type)(a) : (type)(b))
#endif
#ifndef MAX_T
#define MAX_T(type, a, b) ((type)(a) > (type)(b) ? (type)(a) : (type)(b))
#endif

/* __typecheck(): Linux 6.6 relaxed the type check of min()/max()/clamp() ("minmax: allow
 * min()/max()/clamp() if the arguments have the same signedness", then unsigned against
 * non-negative constants); 7.2 code relies on it (ath9k, iwlmld: two integer types of one
 * signedness). Debian 5.10.0-43 and later carry the relaxed header from stable (it defines
 * __types_ok); 5.10.0-30/-32 have the old one, whose __typecheck() demands identical types
 * and warns "comparison of distinct pointer types lacks a cast". There the check is
 * dropped: the comparison itself is unchanged (C's usual conversions on one evaluation of
 * each argument), and the same code passes the relaxed check on every kernel that has it.
 * Macros, so #if on them is the probe. */
#if !defined(__types_ok) && defined(__typecheck)
#undef __typecheck
#define __typecheck(x, y) 1
#endif

#endif /* __BACKPORT_LINUX_MINMAX_H */
