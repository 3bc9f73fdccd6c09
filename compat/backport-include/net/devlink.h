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

/* devlink_register(devlink): the same upstream v5.15 change took the device argument out;
 * before, it is the one devlink_alloc() above stored. */
static inline int bp_devlink_register(struct devlink *devlink)
{
	return devlink_register(devlink, devlink->dev);
}
#define devlink_register bp_devlink_register
#endif /* BPC_DEVLINK_ALLOC_DEV */

/* devlink_to_dev(): upstream v5.16 (struct devlink made private); probe devlink_to_dev.
 * Before, the struct is public and holds the device. */
#ifndef BPC_DEVLINK_TO_DEV
static inline struct device *devlink_to_dev(const struct devlink *devlink)
{
	return devlink->dev;
}
#endif /* BPC_DEVLINK_TO_DEV */

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
	return devlink_register(devlink);
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

/* devl(ink)_[port_]health_reporter_create(owner, ops, priv): upstream v6.18 (the graceful
 * period moved into devlink_health_reporter_ops.default_graceful_period); probe
 * devlink_health_reporter_default_graceful_period.  Before, it is an argument: the stand-ins
 * pass 0, the period 7.x uses for ops without .default_graceful_period (no automatic
 * recovery delay).  Ops that set the member (mlx5, qed) still fail to build: not handled. */
#ifndef BPC_DEVLINK_HEALTH_REPORTER_DEFAULT_GRACEFUL_PERIOD
#define devl_health_reporter_create(devlink, ops, priv) \
	devl_health_reporter_create(devlink, ops, 0, priv)
#define devlink_health_reporter_create(devlink, ops, priv) \
	devlink_health_reporter_create(devlink, ops, 0, priv)
#define devl_port_health_reporter_create(port, ops, priv) \
	devl_port_health_reporter_create(port, ops, 0, priv)
#define devlink_port_health_reporter_create(port, ops, priv) \
	devlink_port_health_reporter_create(port, ops, 0, priv)
#endif /* BPC_DEVLINK_HEALTH_REPORTER_DEFAULT_GRACEFUL_PERIOD */

/* devl_param_driverinit_value_set(devlink, id, union devlink_param_value *): newer than
 * Linux 6.12 (the value passed by pointer); probe devl_param_driverinit_value_set_ptr.
 * Before, the union is passed by value: the stand-in hands it a copy, to the devl_ function
 * from upstream v6.3 (probe devl_param_driverinit_value_set), else to the older
 * devlink_param_driverinit_value_set() (5.10, 6.1). */
#ifndef BPC_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR
static inline void bp_devl_param_driverinit_value_set(struct devlink *devlink, u32 param_id,
						      union devlink_param_value *init_val)
{
#ifdef BPC_DEVL_PARAM_DRIVERINIT_VALUE_SET
	devl_param_driverinit_value_set(devlink, param_id, *init_val);
#else
	devlink_param_driverinit_value_set(devlink, param_id, *init_val);
#endif
}
#define devl_param_driverinit_value_set(devlink, param_id, init_val) \
	bp_devl_param_driverinit_value_set(devlink, param_id, init_val)
#endif /* BPC_DEVL_PARAM_DRIVERINIT_VALUE_SET_PTR */

/* Generic devlink params the target's devlink core does not know: "enable_phc" (ena) and
 * "max_mac_per_vf" (i40e), both newer than Linux 6.12; probes
 * devlink_param_generic_id_enable_phc and devlink_param_generic_id_max_mac_per_vf. The core
 * refuses a generic param whose ID is past its own table, so each becomes a driver param of
 * the same name and type (what userspace sets by name is unchanged), with an ID far above
 * the driver-param IDs drivers count from DEVLINK_PARAM_GENERIC_ID_MAX; DEVLINK_PARAM_GENERIC()
 * marks an entry generic only when its ID is one of the target's.
 * "enable_phc": newer than Linux 6.12; BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC */
#ifndef BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC
#define DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC	(DEVLINK_PARAM_GENERIC_ID_MAX + 0x100)
#define DEVLINK_PARAM_GENERIC_ENABLE_PHC_NAME	"enable_phc"
#define DEVLINK_PARAM_GENERIC_ENABLE_PHC_TYPE	DEVLINK_PARAM_TYPE_BOOL
#endif /* BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC */

/* "max_mac_per_vf": newer than Linux 6.12; BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF */
#ifndef BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF
#define DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF	(DEVLINK_PARAM_GENERIC_ID_MAX + 0x101)
#define DEVLINK_PARAM_GENERIC_MAX_MAC_PER_VF_NAME "max_mac_per_vf"
#define DEVLINK_PARAM_GENERIC_MAX_MAC_PER_VF_TYPE DEVLINK_PARAM_TYPE_U32
#endif /* BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF */

/* DEVLINK_PARAM_GENERIC(), generic only for the target's IDs: newer than Linux 6.12;
 * BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC, BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF */
#if !defined(BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC) || \
    !defined(BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF)
#undef DEVLINK_PARAM_GENERIC
#define DEVLINK_PARAM_GENERIC(_id, _cmodes, _get, _set, _validate)		\
{										\
	.id = DEVLINK_PARAM_GENERIC_ID_##_id,					\
	.name = DEVLINK_PARAM_GENERIC_##_id##_NAME,				\
	.type = DEVLINK_PARAM_GENERIC_##_id##_TYPE,				\
	.generic = DEVLINK_PARAM_GENERIC_ID_##_id <= DEVLINK_PARAM_GENERIC_ID_MAX, \
	.supported_cmodes = _cmodes,						\
	.get = _get,								\
	.set = _set,								\
	.validate = _validate,							\
}
#endif /* !BPC_DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC || !BPC_DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF */

/* devl_params_register()/devl_params_unregister(): upstream v6.3 (the param calls made with
 * the instance lock held); probe devl_params_register.  Before, devlink_params_register() and
 * devlink_params_unregister() do not take the instance lock (6.1; on 5.10 devl_lock() is the
 * no-op above): called with it held they behave as the devl_ forms.  Likewise the two below. */
#ifndef BPC_DEVL_PARAMS_REGISTER
#define devl_params_register(devlink, params, count) \
	devlink_params_register(devlink, params, count)
#define devl_params_unregister(devlink, params, count) \
	devlink_params_unregister(devlink, params, count)
#endif /* BPC_DEVL_PARAMS_REGISTER */

/* devl_param_driverinit_value_get(): upstream v6.3; probe devl_param_driverinit_value_get */
#ifndef BPC_DEVL_PARAM_DRIVERINIT_VALUE_GET
#define devl_param_driverinit_value_get(devlink, param_id, init_val) \
	devlink_param_driverinit_value_get(devlink, param_id, init_val)
#endif /* BPC_DEVL_PARAM_DRIVERINIT_VALUE_GET */

/* devl_param_value_changed(): upstream v6.3; probe devl_param_value_changed */
#ifndef BPC_DEVL_PARAM_VALUE_CHANGED
#define devl_param_value_changed(devlink, param_id) \
	devlink_param_value_changed(devlink, param_id)
#endif /* BPC_DEVL_PARAM_VALUE_CHANGED */

/* devl_health_reporter_create()/_destroy(), devl_port_health_reporter_create(): upstream v6.3
 * (reporters created and destroyed with the instance lock held); probe
 * devl_health_reporter_create.  Before (6.1, 5.10), the devlink_ forms guard the reporter
 * list with a lock of their own, not the instance lock: called with it held they do what the
 * devl_ forms do.  They go through the graceful-period stand-ins above where those exist. */
#ifndef BPC_DEVL_HEALTH_REPORTER_CREATE
#undef devl_health_reporter_create
#define devl_health_reporter_create(devlink, ops, priv) \
	devlink_health_reporter_create(devlink, ops, priv)
#define devl_health_reporter_destroy(reporter) devlink_health_reporter_destroy(reporter)
#undef devl_port_health_reporter_create
#define devl_port_health_reporter_create(port, ops, priv) \
	devlink_port_health_reporter_create(port, ops, priv)
#endif /* BPC_DEVL_HEALTH_REPORTER_CREATE */

#endif /* __BACKPORT_NET_DEVLINK_H */
