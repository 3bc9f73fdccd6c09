/* alloc_netdev_dummy(): Linux 6.9, guarded by BPC_ALLOC_NETDEV_DUMMY;
 * napi_schedule() returning bool, guarded by BPC_NAPI_SCHEDULE_BOOL. */
#ifndef __BACKPORT_LINUX_NETDEVICE_H
#define __BACKPORT_LINUX_NETDEVICE_H
#include_next <linux/netdevice.h>

/* before 5.13 these types do not exist; mac80211.h names them in a driver op */
struct net_device_path_ctx;
struct net_device_path;

/* alloc_netdev_dummy(): Linux 6.9, probe alloc_netdev_dummy (BPC_ALLOC_NETDEV_DUMMY) */
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

/* napi_schedule() returning bool: Linux 6.7; probe napi_schedule_bool (BPC_NAPI_SCHEDULE_BOOL) */
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

/* dev_sw_netstats_tx_add(): upstream v5.11; probe dev_sw_netstats_tx_add.
 * (pcpu_sw_netstats counters are plain u64 until 6.0, when the helper exists anyway.) */
#ifndef BPC_DEV_SW_NETSTATS_TX_ADD
static inline void dev_sw_netstats_tx_add(struct net_device *dev,
					  unsigned int packets, unsigned int len)
{
	struct pcpu_sw_netstats *tstats = this_cpu_ptr(dev->tstats);

	u64_stats_update_begin(&tstats->syncp);
	tstats->tx_bytes += len;
	tstats->tx_packets += packets;
	u64_stats_update_end(&tstats->syncp);
}
#endif

/* netif_napi_add() without the weight, netif_napi_add_weight(): upstream v6.1;
 * probe netif_napi_add_weight.  The inline is defined before the macro, so its
 * body calls the kernel's four-argument function. */
#ifndef BPC_NETIF_NAPI_ADD_WEIGHT
static inline void netif_napi_add_weight(struct net_device *dev, struct napi_struct *napi,
					 int (*poll)(struct napi_struct *, int), int weight)
{
	netif_napi_add(dev, napi, poll, weight);
}
#define netif_napi_add(dev, napi, poll) \
	netif_napi_add_weight(dev, napi, poll, NAPI_POLL_WEIGHT)
#endif

/* netif_napi_add_tx(): upstream v5.19 (before: netif_tx_napi_add() with a weight);
 * probe netif_napi_add_tx */
#ifndef BPC_NETIF_NAPI_ADD_TX
#define netif_napi_add_tx(dev, napi, poll) \
	netif_tx_napi_add(dev, napi, poll, NAPI_POLL_WEIGHT)
#endif

/* netif_napi_add_config(): upstream v6.13 (NAPI with a persistent per-index config slot);
 * probe netif_napi_add_config.  Before it the NAPI has no saved config: plain netif_napi_add(). */
#ifndef BPC_NETIF_NAPI_ADD_CONFIG
#define netif_napi_add_config(dev, napi, poll, index) netif_napi_add(dev, napi, poll)
#endif

/* netif_queue_set_napi(), enum netdev_queue_type: upstream v6.8 (queue <-> NAPI links reported
 * over netdev netlink); netif_napi_set_irq(): upstream v6.8; probe netif_queue_set_napi.
 * Before, the kernel keeps no such links: nothing to record. */
#ifndef BPC_NETIF_QUEUE_SET_NAPI
enum netdev_queue_type {
	NETDEV_QUEUE_TYPE_RX,
	NETDEV_QUEUE_TYPE_TX,
};

static inline void netif_queue_set_napi(struct net_device *dev, unsigned int queue_index,
					enum netdev_queue_type type, struct napi_struct *napi)
{
}

static inline void netif_napi_set_irq(struct napi_struct *napi, int irq)
{
}
#endif

/* NETDEV_XDP_ACT_* and xdp_features_set/clear_redirect_target(): upstream v6.3 (XDP capabilities
 * reported over netdev netlink); probe netdev_xdp_features.  Before, the kernel reports no XDP
 * capabilities: the names exist for the drivers' code, the helpers record nothing (SmPL 0514
 * keeps the netdev->xdp_features assignments out). */
#ifndef BPC_NETDEV_XDP_FEATURES
enum {
	NETDEV_XDP_ACT_BASIC = 1,
	NETDEV_XDP_ACT_REDIRECT = 2,
	NETDEV_XDP_ACT_NDO_XMIT = 4,
	NETDEV_XDP_ACT_XSK_ZEROCOPY = 8,
	NETDEV_XDP_ACT_HW_OFFLOAD = 16,
	NETDEV_XDP_ACT_RX_SG = 32,
	NETDEV_XDP_ACT_NDO_XMIT_SG = 64,
};

static inline void xdp_features_set_redirect_target(struct net_device *dev, bool support_sg)
{
}

static inline void xdp_features_clear_redirect_target(struct net_device *dev)
{
}
#endif

/* get_user_ifreq() / put_user_ifreq(): Linux 5.15; probe get_user_ifreq. Before, a
 * struct ifreq is copied as it is (the native layout; 32-bit tasks' ioctls are
 * translated by the kernel's compat layer before they reach a socket). */
#ifndef BPC_GET_USER_IFREQ
#include <linux/uaccess.h>
static inline int get_user_ifreq(struct ifreq *ifr, void __user **ifrdata, void __user *arg)
{
	if (copy_from_user(ifr, arg, sizeof(*ifr)))
		return -EFAULT;
	if (ifrdata)
		*ifrdata = ifr->ifr_data;
	return 0;
}

static inline int put_user_ifreq(struct ifreq *ifr, void __user *arg)
{
	return copy_to_user(arg, ifr, sizeof(*ifr)) ? -EFAULT : 0;
}
#endif /* BPC_GET_USER_IFREQ */

/* net_device.fcoe_mtu: upstream v6.9 (was the NETIF_F_FCOE_MTU feature bit); probe
 * net_device_fcoe_mtu.  Rule 0517 turns reads into bp_netdev_fcoe_mtu() and assignments into
 * bp_netdev_set_fcoe_mtu(); before v6.9 they read and set the feature bit, as the old
 * kernel's FCoE and VLAN code expect. */
#ifdef BPC_NET_DEVICE_FCOE_MTU
#define bp_netdev_fcoe_mtu(dev)			((dev)->fcoe_mtu)
#define bp_netdev_set_fcoe_mtu(dev, on)	((dev)->fcoe_mtu = (on))
#else
#define bp_netdev_fcoe_mtu(dev)			(!!((dev)->features & NETIF_F_FCOE_MTU))
#define bp_netdev_set_fcoe_mtu(dev, on)					\
	((void)((on) ? ((dev)->features |= NETIF_F_FCOE_MTU) :		\
		       ((dev)->features &= ~NETIF_F_FCOE_MTU)))
#endif /* BPC_NET_DEVICE_FCOE_MTU */

/* net_device.ethtool (struct ethtool_netdev_state): upstream v6.11, which moved wol_enabled
 * there; probe net_device_ethtool_state.  Rule 0518 writes dev->ethtool->wol_enabled as
 * BP_NETDEV_WOL_ENABLED(dev), an lvalue either way. */
#ifdef BPC_NET_DEVICE_ETHTOOL_STATE
#define BP_NETDEV_WOL_ENABLED(dev)	((dev)->ethtool->wol_enabled)
#else
#define BP_NETDEV_WOL_ENABLED(dev)	((dev)->wol_enabled)
#endif /* BPC_NET_DEVICE_ETHTOOL_STATE */

/* netdev_sw_irq_coalesce_default_on(): upstream v6.2; probe netdev_sw_irq_coalesce_default_on.
 * The same defaults (GRO flush timeout 20 us, one deferred hard IRQ; nothing on PREEMPT_RT),
 * written to the net_device fields the old kernel keeps them in. */
#ifndef BPC_NETDEV_SW_IRQ_COALESCE_DEFAULT_ON
static inline void netdev_sw_irq_coalesce_default_on(struct net_device *dev)
{
	WARN_ON(dev->reg_state == NETREG_REGISTERED);
	if (!IS_ENABLED(CONFIG_PREEMPT_RT)) {
		dev->gro_flush_timeout = 20000;
		dev->napi_defer_hard_irqs = 1;
	}
}
#endif /* BPC_NETDEV_SW_IRQ_COALESCE_DEFAULT_ON */

/* <linux/bitfield.h> (FIELD_GET/FIELD_PREP/FIELD_MAX): 7.2's <linux/netdevice.h> has it through
 * <net/xdp.h> (and 6.1's <linux/mdio.h> includes it), 5.10's headers do not, and the Intel
 * drivers use the macros without including it.  The header exists on every target: no probe. */
#include <linux/bitfield.h>

/* <linux/string_choices.h> (str_on_off() and friends): 7.2 has it through <linux/seq_file.h>
 * -> <linux/string_helpers.h>, older headers do not (ixgbe uses str_on_off() without an
 * include).  The compat header covers every target (probe linux_string_choices_h inside). */
#include <linux/string_choices.h>

/* txq_trans_cond_update(): upstream v5.15; probe txq_trans_cond_update.  Update the queue's
 * trans_start (the watchdog's timestamp) only when it changed. */
#ifndef BPC_TXQ_TRANS_COND_UPDATE
static inline void txq_trans_cond_update(struct netdev_queue *txq)
{
	unsigned long now = jiffies;

	if (READ_ONCE(txq->trans_start) != now)
		WRITE_ONCE(txq->trans_start, now);
}
#endif /* BPC_TXQ_TRANS_COND_UPDATE */

/* netif_set_real_num_queues(): upstream v5.14; probe netif_set_real_num_queues.  Sets the Rx
 * then the Tx queue count; a failed Tx change puts the old Rx count back, as upstream does. */
#ifndef BPC_NETIF_SET_REAL_NUM_QUEUES
static inline int netif_set_real_num_queues(struct net_device *dev,
					    unsigned int txq, unsigned int rxq)
{
	unsigned int old_rxq = dev->real_num_rx_queues;
	int err;

	if (txq < 1 || txq > dev->num_tx_queues ||
	    rxq < 1 || rxq > dev->num_rx_queues)
		return -EINVAL;
	err = netif_set_real_num_rx_queues(dev, rxq);
	if (err)
		return err;
	err = netif_set_real_num_tx_queues(dev, txq);
	if (err)
		netif_set_real_num_rx_queues(dev, old_rxq);
	return err;
}
#endif /* BPC_NETIF_SET_REAL_NUM_QUEUES */

/* netif_set_tso_max_size(), netif_set_tso_max_segs(): upstream v5.19 ("net: add
 * netif_set_tso_max_size()"); probe netif_set_tso_max_size.  Before, there is no separate
 * TSO cap: the driver's limit is the device's GSO default (gso_max_size/gso_max_segs). */
#ifndef BPC_NETIF_SET_TSO_MAX_SIZE
static inline void netif_set_tso_max_size(struct net_device *dev, unsigned int size)
{
	netif_set_gso_max_size(dev, min_t(unsigned int, size, GSO_MAX_SIZE));
}

static inline void netif_set_tso_max_segs(struct net_device *dev, unsigned int segs)
{
	dev->gso_max_segs = min_t(unsigned int, segs, GSO_MAX_SEGS);
}
#endif /* BPC_NETIF_SET_TSO_MAX_SIZE */

/* netdev_lock()/netdev_unlock()/netdev_trylock(): the per-device instance lock
 * (net_device.lock), upstream v6.14 ("net: add netdev_lock() / netdev_unlock() helpers");
 * probe netdev_lock.  napi_enable_locked()/napi_disable_locked(),
 * netif_napi_add_locked()/netif_napi_del_locked() (probe napi_enable_locked) and
 * netif_napi_set_irq_locked() (probe netif_napi_set_irq_locked): the same series, for
 * callers that hold that lock (napi_enable() and friends take it themselves since then).
 *
 * A target without the lock has no field to lock, and its networking core never takes
 * one: it serialises every ndo/ethtool call under rtnl_lock() and its napi_enable()/
 * napi_disable() lock nothing.  So the lock is a no-op (with sparse annotations) and the
 * _locked NAPI helpers are the plain ones, which is exactly what the drivers did before
 * the conversion (pcnet32, tg3, forcedeth, 8139too, niu, via-velocity, mvneta, emac take it
 * only around their NAPI calls, inside ndo callbacks that already hold rtnl).  Drivers that
 * rely on the lock to exclude the core's "ops-locked" ndo calls (bnxt, gve, iavf, mlx5,
 * mana, bnge: queue management ops) use the lock instead of rtnl_lock() to exclude the
 * core's ndo/ethtool calls from their work items, reset and PCI error paths: for those, a
 * no-op would leave the driver unserialised against a core that serialises by rtnl only.
 * A driver directory whose Makefile sets BP_NETDEV_OPS_LOCK_RTNL (patch delta
 * 0538-netdev-ops-lock-rtnl: bnxt) gets the lock as rtnl_lock() instead, nesting inside
 * an rtnl_lock() the driver took itself (compat.ko netdev-lock.c; linux/rtnetlink.h wraps
 * that driver's rtnl_lock()/rtnl_trylock()/rtnl_unlock() to record the owner), which is
 * what those drivers did before their conversion to the instance lock. */
#if !defined(BPC_NETDEV_LOCK) && defined(BP_NETDEV_OPS_LOCK_RTNL)
void bp_netdev_ops_lock(struct net_device *dev);
void bp_netdev_ops_unlock(struct net_device *dev);
bool bp_netdev_ops_trylock(struct net_device *dev);

static inline void netdev_lock(struct net_device *dev)
{
	bp_netdev_ops_lock(dev);
}

static inline void netdev_unlock(struct net_device *dev)
{
	bp_netdev_ops_unlock(dev);
}

static inline bool netdev_trylock(struct net_device *dev)
{
	return bp_netdev_ops_trylock(dev);
}
#elif !defined(BPC_NETDEV_LOCK) && defined(BP_NETDEV_OPS_LOCK_PRIV)
/* A driver directory whose Makefile sets BP_NETDEV_OPS_LOCK_PRIV=fn (patch delta
 * 0541-iavf-netdev-ops-lock: iavf) gets the lock as a mutex of its own, which the driver
 * keeps per device and returns from fn(dev).  Its ndo/ethtool callbacks take it with
 * BP_NETDEV_OPS_LOCK_GUARD(dev) where the v6.14+ core would hold the instance lock around
 * them, unless the current task holds it already (the driver calling into the core, e.g.
 * netdev_update_features() from its own locked work): the owner is recorded for that.
 * Unlike rtnl, such a lock may be taken in a callback the core calls under rtnl (iavf's tc
 * flower callback), as upstream's instance lock is. */
struct bp_netdev_ops_lock {
	struct mutex mutex;
	struct task_struct *owner;
};

struct bp_netdev_ops_lock *BP_NETDEV_OPS_LOCK_PRIV(struct net_device *dev);

static inline void bp_netdev_ops_lock_init(struct bp_netdev_ops_lock *lock)
{
	mutex_init(&lock->mutex);
	lock->owner = NULL;
}

static inline void netdev_lock(struct net_device *dev)
{
	struct bp_netdev_ops_lock *lock = BP_NETDEV_OPS_LOCK_PRIV(dev);

	mutex_lock(&lock->mutex);
	WRITE_ONCE(lock->owner, current);
}

static inline void netdev_unlock(struct net_device *dev)
{
	struct bp_netdev_ops_lock *lock = BP_NETDEV_OPS_LOCK_PRIV(dev);

	WRITE_ONCE(lock->owner, NULL);
	mutex_unlock(&lock->mutex);
}

static inline bool netdev_trylock(struct net_device *dev)
{
	struct bp_netdev_ops_lock *lock = BP_NETDEV_OPS_LOCK_PRIV(dev);

	if (!mutex_trylock(&lock->mutex))
		return false;
	WRITE_ONCE(lock->owner, current);
	return true;
}

/* only the owner itself can see its own task here, so the racy read is exact for "me" */
static inline bool bp_netdev_ops_lock_held(struct net_device *dev)
{
	return READ_ONCE(BP_NETDEV_OPS_LOCK_PRIV(dev)->owner) == current;
}

struct bp_netdev_ops_guard {
	struct net_device *dev;
	bool taken;
};

static inline struct bp_netdev_ops_guard bp_netdev_ops_guard_enter(struct net_device *dev)
{
	struct bp_netdev_ops_guard guard = { .dev = dev, .taken = false };

	if (!bp_netdev_ops_lock_held(dev)) {
		netdev_lock(dev);
		guard.taken = true;
	}
	return guard;
}

static inline void bp_netdev_ops_guard_exit(struct bp_netdev_ops_guard *guard)
{
	if (guard->taken)
		netdev_unlock(guard->dev);
}

/* a declaration (first in the callback's body): held until the callback returns */
#define BP_NETDEV_OPS_LOCK_GUARD(dev)						\
	struct bp_netdev_ops_guard __bp_netdev_ops_guard __maybe_unused		\
		__attribute__((__cleanup__(bp_netdev_ops_guard_exit))) =	\
		bp_netdev_ops_guard_enter(dev)
#elif !defined(BPC_NETDEV_LOCK)
static inline void netdev_lock(struct net_device *dev)
	__acquires(dev)
{
	__acquire(dev);
}

static inline void netdev_unlock(struct net_device *dev)
	__releases(dev)
{
	__release(dev);
}

static inline bool netdev_trylock(struct net_device *dev)
{
	return true;
}
#endif /* BPC_NETDEV_LOCK */

/* BP_NETDEV_OPS_LOCK_GUARD(dev) elsewhere: a core with the instance lock (upstream v6.14,
 * probe netdev_lock) holds it around the callback itself, and without
 * BP_NETDEV_OPS_LOCK_PRIV no driver lock is kept; an empty declaration, so that it may
 * stand first in a body */
#ifndef BP_NETDEV_OPS_LOCK_GUARD
#define BP_NETDEV_OPS_LOCK_GUARD(dev)	_Static_assert(1, "BP_NETDEV_OPS_LOCK_GUARD")
#endif

/* napi_enable_locked() and friends: upstream v6.14; probe napi_enable_locked */
#ifndef BPC_NAPI_ENABLE_LOCKED
#define napi_enable_locked(n)	napi_enable(n)
#define napi_disable_locked(n)	napi_disable(n)
#define netif_napi_add_locked(dev, napi, poll)	netif_napi_add(dev, napi, poll)
#define netif_napi_del_locked(napi)	netif_napi_del(napi)
#endif /* BPC_NAPI_ENABLE_LOCKED */

/* netif_napi_add_config_locked(): upstream v6.15 (for callers holding the instance lock);
 * probe netif_napi_add_config_locked.  Without the lock it is netif_napi_add_config()
 * (itself compat before v6.13: a NAPI without a saved config). */
#ifndef BPC_NETIF_NAPI_ADD_CONFIG_LOCKED
#define netif_napi_add_config_locked(dev, napi, poll, index)	\
	netif_napi_add_config(dev, napi, poll, index)
#endif /* BPC_NETIF_NAPI_ADD_CONFIG_LOCKED */

/* netif_napi_set_irq_locked(): upstream v6.14; probe netif_napi_set_irq_locked */
#ifndef BPC_NETIF_NAPI_SET_IRQ_LOCKED
#define netif_napi_set_irq_locked(napi, irq)	netif_napi_set_irq(napi, irq)
#endif /* BPC_NETIF_NAPI_SET_IRQ_LOCKED */

/* netif_enable_cpu_rmap(dev, num_irqs): upstream v6.15 (the core allocates the aRFS
 * cpu_rmap and adds each NAPI's IRQ to it in netif_napi_set_irq()); probe
 * netif_enable_cpu_rmap.  The drivers that call it no longer add their IRQs to a rmap
 * themselves, and an older core would not do it for them: the stand-in leaves
 * dev->rx_cpu_rmap NULL, so accelerated RFS steers nothing (the core skips it without a
 * rmap) and everything else works; it answers success so probe does not warn. */
#ifndef BPC_NETIF_ENABLE_CPU_RMAP
static inline int netif_enable_cpu_rmap(struct net_device *dev, unsigned int num_irqs)
{
	return 0;
}
#endif /* BPC_NETIF_ENABLE_CPU_RMAP */

/* netif_threaded_enable(): newer than Linux 6.12 (threaded NAPI switched on by the driver
 * before registration, through netif_set_threaded()); probe netif_threaded_enable.  Before,
 * dev_set_threaded(dev, true) (Linux 5.12, probe dev_set_threaded) does the same; without
 * threaded NAPI at all (5.10) the NAPIs stay in softirq context. */
#ifndef BPC_NETIF_THREADED_ENABLE
static inline void netif_threaded_enable(struct net_device *dev)
{
#ifdef BPC_DEV_SET_THREADED
	WARN_ON_ONCE(dev_set_threaded(dev, true));
#endif
}
#endif /* BPC_NETIF_THREADED_ENABLE */

/* napi_is_scheduled(): Linux 6.7 (a test of NAPI_STATE_SCHED, best effort as upstream's);
 * probe napi_is_scheduled (rtw89 core) */
#ifndef BPC_NAPI_IS_SCHEDULED
static inline bool napi_is_scheduled(struct napi_struct *n)
{
	return test_bit(NAPI_STATE_SCHED, &n->state);
}
#endif /* BPC_NAPI_IS_SCHEDULED */

/* net_device.lltx, .netns_local/.netns_immutable: upstream v6.12 ("netdev_features: convert
 * NETIF_F_LLTX to dev->lltx", "... NETIF_F_NETNS_LOCAL to dev->netns_local"), netns_local
 * renamed netns_immutable in v6.15; probes netdev_lltx, netdev_netns_local,
 * netdev_netns_immutable.  For rule 0618: before the flags the NETIF_F_LLTX and
 * NETIF_F_NETNS_LOCAL bits of dev->features say the same to the core. */
/* bp_netdev_set_lltx(): Linux 6.12; probe netdev_lltx (BPC_NETDEV_LLTX) */
#ifdef BPC_NETDEV_LLTX
#define bp_netdev_set_lltx(dev, v)	((dev)->lltx = (v))
#else
static inline void bp_netdev_set_lltx(struct net_device *dev, bool v)
{
	if (v)
		dev->features |= NETIF_F_LLTX;
	else
		dev->features &= ~NETIF_F_LLTX;
}
#endif /* BPC_NETDEV_LLTX */

/* bp_netdev_set_netns_immutable(): Linux 6.15 (netns_immutable), Linux 6.12 (netns_local);
 * probes netdev_netns_immutable (BPC_NETDEV_NETNS_IMMUTABLE), netdev_netns_local */
#if defined(BPC_NETDEV_NETNS_IMMUTABLE)
#define bp_netdev_set_netns_immutable(dev, v)	((dev)->netns_immutable = (v))
#elif defined(BPC_NETDEV_NETNS_LOCAL)
#define bp_netdev_set_netns_immutable(dev, v)	((dev)->netns_local = (v))
#else
static inline void bp_netdev_set_netns_immutable(struct net_device *dev, bool v)
{
	if (v)
		dev->features |= NETIF_F_NETNS_LOCAL;
	else
		dev->features &= ~NETIF_F_NETNS_LOCAL;
}
#endif /* BPC_NETDEV_NETNS_IMMUTABLE */

/* netdev_tx_reset_subqueue(): newer than Linux 6.1 (Debian 6.12.117 has it); probe
 * netdev_tx_reset_subqueue.  The BQL reset of Tx queue qid, as its definition. */
#ifndef BPC_NETDEV_TX_RESET_SUBQUEUE
static inline void netdev_tx_reset_subqueue(const struct net_device *dev, u32 qid)
{
	netdev_tx_reset_queue(netdev_get_tx_queue(dev, qid));
}
#endif /* BPC_NETDEV_TX_RESET_SUBQUEUE */

/* xdp_set_features_flag(), xdp_clear_features_flag(): upstream v6.3 (with
 * net_device.xdp_features); probe xdp_set_features_flag.  Without xdp_features the kernel
 * advertises no XDP capabilities, so there is nothing to set (as the
 * xdp_features_set_redirect_target() stand-in above). */
#ifndef BPC_XDP_SET_FEATURES_FLAG
static inline void xdp_set_features_flag(struct net_device *dev, u32 val)
{
}

static inline void xdp_clear_features_flag(struct net_device *dev)
{
}
#endif /* BPC_XDP_SET_FEATURES_FLAG */

/* GSO_LEGACY_MAX_SIZE: upstream v5.19 (BIG TCP: GSO_MAX_SIZE grew, the old 64 KiB limit got
 * this name); #ifndef (a macro).  Before, GSO_MAX_SIZE is that limit. */
#ifndef GSO_LEGACY_MAX_SIZE
#define GSO_LEGACY_MAX_SIZE	GSO_MAX_SIZE
#endif

/* dev->stat_ops = ops (struct netdev_stat_ops): newer than Linux 6.1 (in 6.12); probe
 * netdev_stat_ops; rule 0598 writes the stores as bp_netdev_set_stat_ops().  Before, there
 * is no member and no per-queue stats interface: the table is only referenced (its
 * callbacks stay used). */
#ifdef BPC_NETDEV_STAT_OPS
#define bp_netdev_set_stat_ops(dev, ops)	((dev)->stat_ops = (ops))
#else
#define bp_netdev_set_stat_ops(dev, ops)	((void)(dev), (void)(ops))
#endif /* BPC_NETDEV_STAT_OPS */

/* netdevice_tracker: upstream v5.17 (net_device reference tracking); probe netdevice_tracker.
 * Before, nothing tracks a reference: an empty struct, as upstream without
 * CONFIG_NET_DEV_REFCNT_TRACKER. */
#ifndef BPC_NETDEVICE_TRACKER
typedef struct {} netdevice_tracker;
#endif /* BPC_NETDEVICE_TRACKER */

/* netdev_hold()/netdev_put(): upstream v6.0; probe netdev_hold.  Before, dev_hold()/dev_put();
 * a NULL device is skipped, as upstream does. */
#ifndef BPC_NETDEV_HOLD
static inline void netdev_hold(struct net_device *dev, netdevice_tracker *tracker, gfp_t gfp)
{
	if (dev)
		dev_hold(dev);
}

static inline void netdev_put(struct net_device *dev, netdevice_tracker *tracker)
{
	if (dev)
		dev_put(dev);
}
#endif /* BPC_NETDEV_HOLD */

/* netif_set_affinity_auto(): upstream v6.15 (the core spreads and follows the IRQ affinity
 * of the device's NAPI instances, in napi_config.affinity_mask); probe
 * netif_set_affinity_auto.  Without it the core manages no IRQ affinity: a no-op, the
 * driver's IRQs keep the default affinity (irqbalance or the admin sets it).  idpf's read
 * of napi->config->affinity_mask is delta 0539. */
#ifndef BPC_NETIF_SET_AFFINITY_AUTO
static inline void netif_set_affinity_auto(struct net_device *dev)
{
}
#endif /* BPC_NETIF_SET_AFFINITY_AUTO */

/* xdp_set_features_flag_locked(), xdp_features_set_redirect_target_locked(),
 * xdp_features_clear_redirect_target_locked(): upstream v6.15 (for callers holding the
 * instance lock; the plain forms take it since then); probe xdp_set_features_flag_locked.
 * A core without the instance lock takes none in the plain forms (the caller holds rtnl,
 * what their netdev notifier needs), so the _locked forms are the plain ones. */
#ifndef BPC_XDP_SET_FEATURES_FLAG_LOCKED
#define xdp_set_features_flag_locked(dev, val)	xdp_set_features_flag(dev, val)
#define xdp_features_set_redirect_target_locked(dev, support_sg) \
	xdp_features_set_redirect_target(dev, support_sg)
#define xdp_features_clear_redirect_target_locked(dev) \
	xdp_features_clear_redirect_target(dev)
#endif /* BPC_XDP_SET_FEATURES_FLAG_LOCKED */

/* dev->netmem_tx = mode (enum netmem_tx_mode: the driver can send unreadable netmem,
 * devmem TCP Tx): newer than Linux 6.12; probe net_device_netmem_tx_mode; rule 0572 writes
 * the stores as bp_netdev_set_netmem_tx().  Before, the core has no devmem Tx and never
 * hands a driver a net_iov Tx frag: nothing to record. */
#ifdef BPC_NET_DEVICE_NETMEM_TX_MODE
#define bp_netdev_set_netmem_tx(dev, mode)	((dev)->netmem_tx = (mode))
#else
enum netmem_tx_mode {
	NETMEM_TX_NONE,
	NETMEM_TX_DMA,
	NETMEM_TX_NO_DMA,
};
#define bp_netdev_set_netmem_tx(dev, mode)	((void)(dev), (void)(mode))
#endif /* BPC_NET_DEVICE_NETMEM_TX_MODE */

#endif /* __BACKPORT_LINUX_NETDEVICE_H */
