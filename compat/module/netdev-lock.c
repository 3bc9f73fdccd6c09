// SPDX-License-Identifier: GPL-2.0-only
/*
 * The netdev instance lock (netdev_lock(), upstream v6.14) as rtnl_lock(), for the "ops
 * locked" drivers built with BP_NETDEV_OPS_LOCK_RTNL on a target without the instance lock
 * (probe netdev_lock).  Such a driver takes the instance lock in its own contexts (work
 * items, reset, PCI error and PM callbacks, auxiliary device registration) to exclude the
 * core's ndo/ethtool calls, which a target of this kind serialises by rtnl only; where it
 * needs rtnl as well it takes rtnl_lock() first and then netdev_lock() (rtnl before the
 * instance lock, upstream's lock order).  So netdev_lock() takes rtnl unless the current
 * task already holds it through the driver's own rtnl_lock()/rtnl_trylock() (recorded
 * here: compat linux/rtnetlink.h routes that driver's calls to bp_ops_rtnl_*()), in which
 * case it only counts the nesting.  bp_rtnl_owner and bp_rtnl_nested are written only by
 * the task holding rtnl; another task reads bp_rtnl_owner as not itself.
 *
 * Not covered: a netdev_lock() in a callback the core calls with rtnl held but, upstream,
 * without the instance lock (none in bnxt; iavf's tc flower callback is one, which is why
 * iavf is not built this way), and rtnl taken through the target's guard(rtnl) or
 * rtnl_lock_killable(), which the wrappers do not see (bnxt and bnge use neither).
 */
#include <linux/export.h>
#include <linux/netdevice.h>
#include <linux/rtnetlink.h>
#include <linux/sched.h>

#ifndef BPC_NETDEV_LOCK

/* declared for the drivers by compat linux/netdevice.h and linux/rtnetlink.h, only where
 * BP_NETDEV_OPS_LOCK_RTNL is set (not here: it would route this file's rtnl calls too) */
void bp_ops_rtnl_lock(void);
int bp_ops_rtnl_trylock(void);
void bp_ops_rtnl_unlock(void);
void bp_netdev_ops_lock(struct net_device *dev);
bool bp_netdev_ops_trylock(struct net_device *dev);
void bp_netdev_ops_unlock(struct net_device *dev);

static struct task_struct *bp_rtnl_owner;
static unsigned int bp_rtnl_nested;

void bp_ops_rtnl_lock(void)
{
	rtnl_lock();
	WRITE_ONCE(bp_rtnl_owner, current);
}
EXPORT_SYMBOL_GPL(bp_ops_rtnl_lock);

int bp_ops_rtnl_trylock(void)
{
	if (!rtnl_trylock())
		return 0;
	WRITE_ONCE(bp_rtnl_owner, current);
	return 1;
}
EXPORT_SYMBOL_GPL(bp_ops_rtnl_trylock);

void bp_ops_rtnl_unlock(void)
{
	WARN_ON_ONCE(bp_rtnl_nested);
	WRITE_ONCE(bp_rtnl_owner, NULL);
	rtnl_unlock();
}
EXPORT_SYMBOL_GPL(bp_ops_rtnl_unlock);

void bp_netdev_ops_lock(struct net_device *dev)
{
	if (READ_ONCE(bp_rtnl_owner) == current) {
		bp_rtnl_nested++;
		return;
	}
	bp_ops_rtnl_lock();
}
EXPORT_SYMBOL_GPL(bp_netdev_ops_lock);

bool bp_netdev_ops_trylock(struct net_device *dev)
{
	if (READ_ONCE(bp_rtnl_owner) == current) {
		bp_rtnl_nested++;
		return true;
	}
	return bp_ops_rtnl_trylock();
}
EXPORT_SYMBOL_GPL(bp_netdev_ops_trylock);

void bp_netdev_ops_unlock(struct net_device *dev)
{
	if (bp_rtnl_nested) {
		bp_rtnl_nested--;
		return;
	}
	bp_ops_rtnl_unlock();
}
EXPORT_SYMBOL_GPL(bp_netdev_ops_unlock);

#endif /* BPC_NETDEV_LOCK */
