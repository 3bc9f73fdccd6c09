/* <net/netdev_lock.h>: upstream v6.15 (the instance-lock helpers of the "ops locked"
 * drivers: bnxt, bnge, gve, iavf, fbnic, mlx5, mana); guarded by the instance lock itself
 * (probe netdev_lock, BPC_NETDEV_LOCK: v6.14), as no CI target has one without the other.
 *
 * On a target without the lock, the core serialises every ndo/ethtool call under
 * rtnl_lock(), so "the instance lock is held" means "rtnl is held": the assertions are
 * ASSERT_RTNL(), the dereference helpers rtnl_dereference().  The lock itself
 * (netdev_lock(), compat linux/netdevice.h) is rtnl_lock() for drivers built with
 * BP_NETDEV_OPS_LOCK_RTNL (patch delta 0538-netdev-ops-lock-rtnl) and a no-op otherwise. */
#ifndef __BACKPORT_NET_NETDEV_LOCK_H
#define __BACKPORT_NET_NETDEV_LOCK_H
#include <linux/netdevice.h>
#include <linux/rtnetlink.h>

/* the instance lock: upstream v6.14/v6.15; probe netdev_lock */
#ifdef BPC_NETDEV_LOCK
#include_next <net/netdev_lock.h>
#else
static inline void netdev_assert_locked(const struct net_device *dev)
{
	ASSERT_RTNL();
}

static inline void
netdev_assert_locked_or_invisible(const struct net_device *dev)
{
	if (dev->reg_state == NETREG_REGISTERED ||
	    dev->reg_state == NETREG_UNREGISTERING)
		ASSERT_RTNL();
}

static inline void netdev_assert_locked_ops_compat(const struct net_device *dev)
{
	ASSERT_RTNL();
}

#define netdev_lock_dereference(p, dev)		rtnl_dereference(p)
#define netdev_ops_lock_dereference(p, dev)	rtnl_dereference(p)
#endif /* BPC_NETDEV_LOCK */

#endif /* __BACKPORT_NET_NETDEV_LOCK_H */
