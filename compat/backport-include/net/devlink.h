/* <net/devlink.h> */
#ifndef __BACKPORT_NET_DEVLINK_H
#define __BACKPORT_NET_DEVLINK_H
#include_next <net/devlink.h>

/* devl_register()/devl_unregister(): upstream v6.3 (register the instance with devl_lock()
 * held); probe devl_register.  Before, devlink_register() does not take the instance lock,
 * so calling it with the lock held is what devl_register() does.  devlink_unregister() waits
 * for every reference to go, and a netlink request holding one waits for the instance lock:
 * the lock is dropped around it (the caller holds it, as devl_unregister() requires).
 * Only where the instance lock exists (newer than Linux 5.10, in 6.1; probe devl_lock); without
 * it (5.10, which also registers with devlink_register(devlink, dev)) see the !BPC_DEVL_LOCK
 * block below. */
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

/* devlink_alloc(ops, priv_size, dev): upstream v5.15 ("devlink: Set device as early as
 * possible"); probe devlink_alloc_dev.  Before, the device is given to devlink_register();
 * the compat stores it in the instance at allocation (struct devlink is public there), and
 * the register compat below hands it on. */
#ifndef BPC_DEVLINK_ALLOC_DEV
static inline struct devlink *bp_devlink_alloc(const struct devlink_ops *ops,
					       size_t priv_size, struct device *dev)
{
	struct devlink *devlink = devlink_alloc(ops, priv_size);

	if (devlink)
		devlink->dev = dev;
	return devlink;
}
#define devlink_alloc bp_devlink_alloc
#endif /* BPC_DEVLINK_ALLOC_DEV */

/* devl_lock()/devl_unlock() and the devl_* calls made with the instance lock held
 * (devl_register/_unregister, devl_port_register/_unregister, devl_region_create/_destroy):
 * newer than Linux 5.10 (5.19-6.3), probe devl_lock.  Before, drivers have no access to the
 * instance lock: every devlink_*() call takes it itself, so the lock calls do nothing and
 * each devl_* call is its devlink_* form (register with the device devlink_alloc() stored).
 * What is lost is only the atomicity of a driver's sequence of calls against concurrent
 * devlink netlink requests, which those kernels never offered. */
#ifndef BPC_DEVL_LOCK
static inline void devl_lock(struct devlink *devlink)
{
}

static inline void devl_unlock(struct devlink *devlink)
{
}

static inline int devl_register(struct devlink *devlink)
{
	return devlink_register(devlink, devlink->dev);
}

static inline void devl_unregister(struct devlink *devlink)
{
	devlink_unregister(devlink);
}

#define devl_port_register(devlink, port, index) devlink_port_register(devlink, port, index)
#define devl_port_unregister(port)		devlink_port_unregister(port)
#define devl_region_create(devlink, ops, max, size) devlink_region_create(devlink, ops, max, size)
#define devl_region_destroy(region)		devlink_region_destroy(region)
#endif /* !BPC_DEVL_LOCK */

#endif /* __BACKPORT_NET_DEVLINK_H */
