/* guard(rcu): Linux 6.5 (cleanup.h lock guards); guarded by BPC_GUARD_RCU.
 * Debian's 5.10/6.1 trees carry cleanup.h but not every guard. */
#ifndef __BACKPORT_LINUX_RCUPDATE_H
#define __BACKPORT_LINUX_RCUPDATE_H
#include_next <linux/rcupdate.h>

#ifndef BPC_GUARD_RCU
#include <linux/cleanup.h>
DEFINE_LOCK_GUARD_0(rcu, rcu_read_lock(), rcu_read_unlock())
#endif /* BPC_GUARD_RCU */

#endif /* __BACKPORT_LINUX_RCUPDATE_H */
