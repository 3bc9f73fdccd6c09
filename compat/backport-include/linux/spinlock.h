/* guard(spinlock_bh): Linux 6.5 (cleanup.h lock guards); guarded by BPC_GUARD_SPINLOCK_BH */
#ifndef __BACKPORT_LINUX_SPINLOCK_H
#define __BACKPORT_LINUX_SPINLOCK_H
#include_next <linux/spinlock.h>

/* guard(spinlock_bh): Linux 6.5 (cleanup.h lock guards); probe guard_spinlock_bh (BPC_GUARD_SPINLOCK_BH) */
#ifndef BPC_GUARD_SPINLOCK_BH
#include <linux/cleanup.h>
DEFINE_LOCK_GUARD_1(spinlock_bh, spinlock_t,
		    spin_lock_bh(_T->lock),
		    spin_unlock_bh(_T->lock))
#endif /* BPC_GUARD_SPINLOCK_BH */

/* spinlock lock guards: upstream v6.5; a target without <linux/cleanup.h> (probe
 * linux_cleanup_h) has none of them */
/* (probe linux_cleanup_h) */
#ifndef BPC_LINUX_CLEANUP_H
#include <linux/cleanup.h>
DEFINE_LOCK_GUARD_1(spinlock, spinlock_t,
		    spin_lock(_T->lock),
		    spin_unlock(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_irq, spinlock_t,
		    spin_lock_irq(_T->lock),
		    spin_unlock_irq(_T->lock))
DEFINE_LOCK_GUARD_1(spinlock_irqsave, spinlock_t,
		    spin_lock_irqsave(_T->lock, _T->flags),
		    spin_unlock_irqrestore(_T->lock, _T->flags),
		    unsigned long flags)
#endif /* BPC_LINUX_CLEANUP_H */

#endif /* __BACKPORT_LINUX_SPINLOCK_H */
