/* <net/netdev_lock.h>: upstream v6.15 (the instance-lock helpers of the "ops locked"
 * drivers: bnxt, bnge, gve, iavf, fbnic, mlx5, mana); guarded by the instance lock itself
 * (probe netdev_lock, BPC_NETDEV_LOCK: v6.14), as no CI target has one without the other.
 *
 * On a target without the lock, the core serialises every ndo/ethtool call under
 * rtnl_lock(), so "the instance lock is held" means "rtnl is held": the assertions are
 * ASSERT_RTNL(), the dereference helpers rtnl_dereference().  The lock itself
 * (netdev_lock(), compat linux/netdevice.h) is rtnl_lock() for drivers built with
 * BP_NETDEV_OPS_LOCK_RTNL (patch delta 0538-netdev-ops-lock-rtnl), a mutex of the driver's
 * for drivers built with BP_NETDEV_OPS_LOCK_PRIV (delta 0541-iavf-netdev-ops-lock; there
 * the assertions check that mutex) and a no-op otherwise. */
#ifndef __BACKPORT_NET_NETDEV_LOCK_H
#define __BACKPORT_NET_NETDEV_LOCK_H
#include <linux/netdevice.h>
#include <linux/rtnetlink.h>

/* the instance lock: upstream v6.14/v6.15; probe netdev_lock */
#ifdef BPC_NETDEV_LOCK
#include_next <net/netdev_lock.h>
#elif defined(BP_NETDEV_OPS_LOCK_PRIV)
/* the driver's own mutex (BP_NETDEV_OPS_LOCK_PRIV, compat linux/netdevice.h) stands for
 * the instance lock: assert that one, as upstream asserts dev->lock */
static inline void netdev_assert_locked(const struct net_device *dev)
{
	lockdep_assert_held(&BP_NETDEV_OPS_LOCK_PRIV((struct net_device *)dev)->mutex);
}

static inline void
netdev_assert_locked_or_invisible(const struct net_device *dev)
{
	if (dev->reg_state == NETREG_REGISTERED ||
	    dev->reg_state == NETREG_UNREGISTERING)
		netdev_assert_locked(dev);
}

static inline void netdev_assert_locked_ops_compat(const struct net_device *dev)
{
	netdev_assert_locked(dev);
}

#define netdev_lock_dereference(p, dev)		\
	rcu_dereference_protected(p, lockdep_is_held(&BP_NETDEV_OPS_LOCK_PRIV(dev)->mutex))
#define netdev_ops_lock_dereference(p, dev)	netdev_lock_dereference(p, dev)
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
