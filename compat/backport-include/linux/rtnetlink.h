/* rtnl_lock()/rtnl_trylock()/rtnl_unlock() of a driver built with BP_NETDEV_OPS_LOCK_RTNL on
 * a target without the netdev instance lock (probe netdev_lock, BPC_NETDEV_LOCK): the
 * calls record the owning task, so that the driver's netdev_lock() (compat
 * linux/netdevice.h: rtnl_lock()) nests in an rtnl_lock() the driver took itself
 * (compat.ko netdev-lock.c; patch delta 0538-netdev-ops-lock-rtnl). */
#ifndef __BACKPORT_LINUX_RTNETLINK_H
#define __BACKPORT_LINUX_RTNETLINK_H
#include_next <linux/rtnetlink.h>

/* the instance lock: upstream v6.14; probe netdev_lock */
#if !defined(BPC_NETDEV_LOCK) && defined(BP_NETDEV_OPS_LOCK_RTNL)
void bp_ops_rtnl_lock(void);
int bp_ops_rtnl_trylock(void);
void bp_ops_rtnl_unlock(void);
#define rtnl_lock()	bp_ops_rtnl_lock()
#define rtnl_trylock()	bp_ops_rtnl_trylock()
#define rtnl_unlock()	bp_ops_rtnl_unlock()
#endif /* !BPC_NETDEV_LOCK && BP_NETDEV_OPS_LOCK_RTNL */

#endif /* __BACKPORT_LINUX_RTNETLINK_H */
