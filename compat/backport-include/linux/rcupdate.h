/* guard(rcu): Linux 6.5 (cleanup.h lock guards); guarded by BPC_GUARD_RCU.
 * Debian's 5.10/6.1 trees carry cleanup.h but not every guard. */
#ifndef __BACKPORT_LINUX_RCUPDATE_H
#define __BACKPORT_LINUX_RCUPDATE_H
#include_next <linux/rcupdate.h>

/* guard(rcu): Linux 6.5 (cleanup.h lock guards); probe guard_rcu (BPC_GUARD_RCU) */
#ifndef BPC_GUARD_RCU
#include <linux/cleanup.h>
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())
#endif /* BPC_GUARD_RCU */

/* lockdep_assert_in_rcu_read_lock(): newer than 6.1 (Debian's 6.12 has it); a macro, so #ifndef is the probe */
/* lockdep_assert_in_rcu_read_lock(): newer than Linux 6.1, present by 6.12; a macro, so #ifndef is the probe */
#ifndef lockdep_assert_in_rcu_read_lock
#ifdef CONFIG_PROVE_RCU
#define lockdep_assert_in_rcu_read_lock() \
	WARN_ON_ONCE(debug_lockdep_rcu_enabled() && !rcu_read_lock_held())
#else
#define lockdep_assert_in_rcu_read_lock() do { } while (0)
#endif
#endif

#endif /* __BACKPORT_LINUX_RCUPDATE_H */
