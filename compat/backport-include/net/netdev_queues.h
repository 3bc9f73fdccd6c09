/* <net/netdev_queues.h> */
#ifndef __BACKPORT_NET_NETDEV_QUEUES_H
#define __BACKPORT_NET_NETDEV_QUEUES_H
/* <net/netdev_queues.h>: new header in Linux 6.3 (Debian 6.1 carries it by backport, 5.10
 * does not); probe net_netdev_queues_h.  Without it, the blocks below build on
 * <linux/netdevice.h>. */
#ifdef BPC_NET_NETDEV_QUEUES_H
#include_next <net/netdev_queues.h>
#else
#include <linux/netdevice.h>
#endif /* BPC_NET_NETDEV_QUEUES_H */

/* __netif_txq_completed_wake(), netif_txq_completed_wake(), netif_subqueue_completed_wake(),
 * netdev_txq_completed_mb(): upstream v6.3 ("net: piggy back on the memory barrier in bql
 * when waking queues"); probe netif_txq_completed_wake.  Before, drivers reported the
 * completion to BQL and then called __netif_txq_maybe_wake() (which has its own barrier).
 * These do the same in one step: report @pkts/@bytes to BQL, full barrier, and wake a
 * stopped queue (unless @down_cond) once @get_desc reaches @start_thrs.  Result: 0 woken,
 * 1 left running, -1 below the threshold (or nothing completed).  The barrier is explicit
 * (the old netdev_tx_completed_queue() has one only with BQL and bytes). */
#ifndef BPC_NETIF_TXQ_COMPLETED_WAKE
#define netdev_txq_completed_mb(dev_queue, pkts, bytes)			\
	do {								\
		netdev_tx_completed_queue(dev_queue, pkts, bytes);	\
		smp_mb();						\
	} while (0)

#define __netif_txq_completed_wake(txq, pkts, bytes, get_desc, start_thrs, down_cond) \
	({								\
		int _bp_res = -1;					\
									\
		netdev_txq_completed_mb(txq, pkts, bytes);		\
		if ((pkts) && likely((get_desc) >= (start_thrs))) {	\
			_bp_res = 1;					\
			if (unlikely(netif_tx_queue_stopped(txq)) &&	\
			    !(down_cond)) {				\
				netif_tx_wake_queue(txq);		\
				_bp_res = 0;				\
			}						\
		}							\
		_bp_res;						\
	})

#define netif_txq_completed_wake(txq, pkts, bytes, get_desc, start_thrs) \
	__netif_txq_completed_wake(txq, pkts, bytes, get_desc, start_thrs, false)

#define netif_subqueue_completed_wake(dev, idx, pkts, bytes, get_desc, start_thrs) \
	({								\
		struct netdev_queue *_bp_txq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_completed_wake(_bp_txq, pkts, bytes, get_desc, start_thrs); \
	})
#endif /* BPC_NETIF_TXQ_COMPLETED_WAKE */

/* netif_txq_try_stop(), netif_txq_maybe_stop(), netif_subqueue_try_stop(),
 * netif_subqueue_maybe_stop(): upstream v6.3 (Debian 6.1 has them by backport); probe
 * netif_txq_maybe_stop.  Lockless Tx queue stop: stop the queue, full barrier against the
 * completion path, and restart it when @get_desc meanwhile reached @start_thrs.  Result:
 * 0 stopped, -1 stopped and restarted, 1 (maybe_stop only) enough room, not stopped. */
#ifndef BPC_NETIF_TXQ_MAYBE_STOP
#define netif_txq_try_stop(txq, get_desc, start_thrs)			\
	({								\
		int _bp_res;						\
									\
		netif_tx_stop_queue(txq);				\
		smp_mb__after_atomic();					\
		_bp_res = 0;						\
		if (unlikely((get_desc) >= (start_thrs))) {		\
			netif_tx_start_queue(txq);			\
			_bp_res = -1;					\
		}							\
		_bp_res;						\
	})

#define netif_txq_maybe_stop(txq, get_desc, stop_thrs, start_thrs)	\
	({								\
		int _bp_res = 1;					\
									\
		if (unlikely((get_desc) < (stop_thrs)))			\
			_bp_res = netif_txq_try_stop(txq, get_desc, start_thrs); \
		_bp_res;						\
	})

#define netif_subqueue_try_stop(dev, idx, get_desc, start_thrs)	\
	({								\
		struct netdev_queue *_bp_stq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_try_stop(_bp_stq, get_desc, start_thrs);	\
	})

#define netif_subqueue_maybe_stop(dev, idx, get_desc, stop_thrs, start_thrs) \
	({								\
		struct netdev_queue *_bp_mtq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_maybe_stop(_bp_mtq, get_desc, stop_thrs, start_thrs); \
	})
#endif /* BPC_NETIF_TXQ_MAYBE_STOP */

/* struct netdev_stat_ops, struct netdev_queue_stats_rx/_tx (net_device.stat_ops, per-queue
 * stats read by the netdev netlink family): newer than Linux 6.1 (in 6.12); probe
 * netdev_stat_ops.  Before, the core asks no driver for them: the types are declared (the
 * v7.2 members) so the drivers' callbacks build, and rule 0598 makes the store
 * bp_netdev_set_stat_ops() (compat linux/netdevice.h), which only references the table. */
#ifndef BPC_NETDEV_STAT_OPS
struct netdev_queue_stats_rx {
	u64 bytes;
	u64 packets;
	u64 alloc_fail;

	u64 hw_drops;
	u64 hw_drop_overruns;

	u64 csum_complete;
	u64 csum_unnecessary;
	u64 csum_none;
	u64 csum_bad;

	u64 hw_gro_packets;
	u64 hw_gro_bytes;
	u64 hw_gro_wire_packets;
	u64 hw_gro_wire_bytes;

	u64 hw_drop_ratelimits;
};

struct netdev_queue_stats_tx {
	u64 bytes;
	u64 packets;

	u64 hw_drops;
	u64 hw_drop_errors;

	u64 csum_none;
	u64 needs_csum;

	u64 hw_gso_packets;
	u64 hw_gso_bytes;
	u64 hw_gso_wire_packets;
	u64 hw_gso_wire_bytes;

	u64 hw_drop_ratelimits;

	u64 stop;
	u64 wake;
};

struct netdev_stat_ops {
	void (*get_queue_stats_rx)(struct net_device *dev, int idx,
				   struct netdev_queue_stats_rx *stats);
	void (*get_queue_stats_tx)(struct net_device *dev, int idx,
				   struct netdev_queue_stats_tx *stats);
	void (*get_base_stats)(struct net_device *dev,
			       struct netdev_queue_stats_rx *rx,
			       struct netdev_queue_stats_tx *tx);
};
#endif /* BPC_NETDEV_STAT_OPS */

/* netif_subqueue_try_stop(), netif_subqueue_maybe_stop(), netif_subqueue_completed_wake()
 * whose local queue pointer is _txq: newer than Linux 6.12; probe netif_subqueue_txq_arg
 * (where probe netif_txq_maybe_stop finds the kernel's macros).
 * The kernel's macros (6.3 to 6.12) declare a local "txq" and then expand the caller's
 * get_desc/threshold arguments beside it, so a driver passing "txq->..." of its own ring
 * (hinic3) reads the struct netdev_queue instead.  Redefined over the kernel's (or compat's
 * above) netif_txq_* forms with a local name no driver uses; the same code otherwise. */
#if defined(BPC_NETIF_TXQ_MAYBE_STOP) && !defined(BPC_NETIF_SUBQUEUE_TXQ_ARG)
#undef netif_subqueue_try_stop
#define netif_subqueue_try_stop(dev, idx, get_desc, start_thrs)	\
	({								\
		struct netdev_queue *_bp_stq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_try_stop(_bp_stq, get_desc, start_thrs);	\
	})

#undef netif_subqueue_maybe_stop
#define netif_subqueue_maybe_stop(dev, idx, get_desc, stop_thrs, start_thrs) \
	({								\
		struct netdev_queue *_bp_mtq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_maybe_stop(_bp_mtq, get_desc, stop_thrs, start_thrs); \
	})
#endif /* BPC_NETIF_TXQ_MAYBE_STOP && !BPC_NETIF_SUBQUEUE_TXQ_ARG */

/* the same for netif_subqueue_completed_wake(): newer than Linux 6.12; probe
 * netif_subqueue_txq_arg (where probe netif_txq_completed_wake finds the kernel's) */
#if defined(BPC_NETIF_TXQ_COMPLETED_WAKE) && !defined(BPC_NETIF_SUBQUEUE_TXQ_ARG)
#undef netif_subqueue_completed_wake
#define netif_subqueue_completed_wake(dev, idx, pkts, bytes, get_desc, start_thrs) \
	({								\
		struct netdev_queue *_bp_txq = netdev_get_tx_queue(dev, idx); \
									\
		netif_txq_completed_wake(_bp_txq, pkts, bytes, get_desc, start_thrs); \
	})
#endif /* BPC_NETIF_TXQ_COMPLETED_WAKE && !BPC_NETIF_SUBQUEUE_TXQ_ARG */

/* netif_subqueue_sent(): newer than Linux 6.12; probe netif_subqueue_sent.  BQL's
 * netdev_tx_sent_queue() on the subqueue at @idx. */
#ifndef BPC_NETIF_SUBQUEUE_SENT
static inline void netif_subqueue_sent(const struct net_device *dev, unsigned int idx,
				       unsigned int bytes)
{
	netdev_tx_sent_queue(netdev_get_tx_queue(dev, idx), bytes);
}
#endif /* BPC_NETIF_SUBQUEUE_SENT */

/* struct netdev_queue_config, QCFG_RX_PAGE_SIZE (the per-queue configuration that
 * ndo_queue_mem_alloc()/ndo_queue_start() take, ndo_default_qcfg() fills): newer than
 * Linux 6.12; probe netdev_queue_config.  Defined so the drivers' callbacks compile: rule
 * 0571 points the old-form ops at wrappers that pass a zeroed config ("unset": the driver's
 * defaults), filled by the driver's ndo_default_qcfg() where it has one, as the 7.x core
 * does before it applies what the user asked for (a 6.12 core has nothing to ask). */
#ifndef BPC_NETDEV_QUEUE_CONFIG
struct netdev_queue_config {
	u32	rx_page_size;
};

enum {
	QCFG_RX_PAGE_SIZE	= 0x1,
};
#endif /* BPC_NETDEV_QUEUE_CONFIG */

#endif /* __BACKPORT_NET_NETDEV_QUEUES_H */
