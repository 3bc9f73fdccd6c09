/* guard(spinlock_bh): Linux 6.5 (cleanup.h lock guards); guarded by BPC_GUARD_SPINLOCK_BH */
#ifndef __BACKPORT_LINUX_SPINLOCK_H
#define __BACKPORT_LINUX_SPINLOCK_H
#include_next <linux/spinlock.h>

#ifndef BPC_GUARD_SPINLOCK_BH
#include <linux/cleanup.h>
DEFINE_LOCK_GUARD_1(spinlock_bh, spinlock_t,
		    spin_lock_bh(_T->lock),
		    spin_unlock_bh(_T->lock))
#endif /* BPC_GUARD_SPINLOCK_BH */

#endif /* __BACKPORT_LINUX_SPINLOCK_H */
