/* lockdep_is_held() without CONFIG_LOCKDEP, and lockdep assertions newer than the target */
#ifndef __BACKPORT_LINUX_LOCKDEP_H
#define __BACKPORT_LINUX_LOCKDEP_H
#include_next <linux/lockdep.h>

/* lockdep_is_held() also without CONFIG_LOCKDEP: newer than Linux 5.10, which defines it only
 * with LOCKDEP (6.1 and 6.12 declare an extern for dead-code users); a macro, so #ifndef is the probe. It evaluates
 * its argument, as the extern call does: a variable read only in a lockdep condition
 * (mac80211's `wiphy` under wiphy_dereference()) must not become "unused". */
#ifndef lockdep_is_held
#define lockdep_is_held(lock) ((void)(lock), 1)
#endif

/* lockdep_assert_not_held(): upstream v5.15; a macro, so #ifndef is the probe */
#ifndef lockdep_assert_not_held
#ifdef CONFIG_LOCKDEP
#define lockdep_assert_not_held(l) WARN_ON(debug_locks && lockdep_is_held(l))
#else
#define lockdep_assert_not_held(l) do { (void)(l); } while (0)
#endif
#endif

/* lockdep_assert_in_softirq(): upstream v5.16; a macro, so #ifndef is the probe.
 * Older kernels have no softirq-context tracking for it: no check. */
#ifndef lockdep_assert_in_softirq
#define lockdep_assert_in_softirq() do { } while (0)
#endif

/* lockdep_assert(): upstream v5.11 ("locking/lockdep: Provide lockdep_assert{,_once}()
 * helpers"); a macro, so #ifndef is the probe */
#ifndef lockdep_assert
#ifdef CONFIG_LOCKDEP
#define lockdep_assert(cond) do { WARN_ON(debug_locks && !(cond)); } while (0)
#else
#define lockdep_assert(cond) do { } while (0)
#endif
#endif

/* lockdep_assert_once(): upstream v5.11 (with lockdep_assert(), "locking/lockdep: Provide
 * lockdep_assert{,_once}() helpers"); a macro, so #ifndef is the probe */
#ifndef lockdep_assert_once
#ifdef CONFIG_LOCKDEP
#define lockdep_assert_once(cond) do { WARN_ON_ONCE(debug_locks && !(cond)); } while (0)
#else
#define lockdep_assert_once(cond) do { } while (0)
#endif
#endif

#endif /* __BACKPORT_LINUX_LOCKDEP_H */
