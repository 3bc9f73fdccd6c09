/* alloc_netdev_dummy(): Linux 6.9, guarded by BPC_ALLOC_NETDEV_DUMMY;
 * napi_schedule() returning bool, guarded by BPC_NAPI_SCHEDULE_BOOL. */
#ifndef __BACKPORT_LINUX_NETDEVICE_H
#define __BACKPORT_LINUX_NETDEVICE_H
#include_next <linux/netdevice.h>

/* before 5.13 these types do not exist; mac80211.h names them in a driver op */
struct net_device_path_ctx;
struct net_device_path;

#ifndef BPC_ALLOC_NETDEV_DUMMY
/* What init_dummy_netdev() sets up, minus its memset (alloc_netdev() already
 * initialised the device).  reg_state stays NETREG_UNINITIALIZED so that the
 * old free_netdev() frees it on its "never registered" path. */
static inline void bp_dummy_netdev_setup(struct net_device *dev)
{
	set_bit(__LINK_STATE_PRESENT, &dev->state);
	set_bit(__LINK_STATE_START, &dev->state);
}

static inline struct net_device *alloc_netdev_dummy(int sizeof_priv)
{
	return alloc_netdev(sizeof_priv, "dummy#", NET_NAME_UNKNOWN,
			    bp_dummy_netdev_setup);
}
#endif /* BPC_ALLOC_NETDEV_DUMMY */

#ifndef BPC_NAPI_SCHEDULE_BOOL
static inline bool bp_napi_schedule(struct napi_struct *n)
{
	if (napi_schedule_prep(n)) {
		__napi_schedule(n);
		return true;
	}
	return false;
}
#define napi_schedule bp_napi_schedule
#endif /* BPC_NAPI_SCHEDULE_BOOL */

#endif /* __BACKPORT_LINUX_NETDEVICE_H */
