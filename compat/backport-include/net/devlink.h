/* <net/devlink.h> */
#ifndef __BACKPORT_NET_DEVLINK_H
#define __BACKPORT_NET_DEVLINK_H
#include_next <net/devlink.h>

/* devl_register()/devl_unregister(): upstream v6.3 (register the instance with devl_lock()
 * held); probe devl_register.  Before, devlink_register() does not take the instance lock,
 * so calling it with the lock held is what devl_register() does.  devlink_unregister() waits
 * for every reference to go, and a netlink request holding one waits for the instance lock:
 * the lock is dropped around it (the caller holds it, as devl_unregister() requires).
 * Only where the instance lock exists (newer than Linux 5.10, in 6.1; probe devl_lock); else the drivers
 * that use it are not backported (5.10 also registers with devlink_register(devlink, dev)). */
#if !defined(BPC_DEVL_REGISTER) && defined(BPC_DEVL_LOCK)
static inline void bp_devl_register(struct devlink *devlink)
{
	devlink_register(devlink);
}
#define devl_register bp_devl_register

static inline void bp_devl_unregister(struct devlink *devlink)
{
	devl_unlock(devlink);
	devlink_unregister(devlink);
	devl_lock(devlink);
}
#define devl_unregister bp_devl_unregister
#endif /* !BPC_DEVL_REGISTER && BPC_DEVL_LOCK */

#endif /* __BACKPORT_NET_DEVLINK_H */
