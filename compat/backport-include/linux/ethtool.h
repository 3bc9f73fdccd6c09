/* linux/ethtool.h: the kernel's header plus declarations newer drivers name. */
#ifndef __BACKPORT_LINUX_ETHTOOL_H
#define __BACKPORT_LINUX_ETHTOOL_H
#include_next <linux/ethtool.h>

/* struct kernel_ethtool_ringparam: upstream v5.17.  Before it the type does not exist,
 * yet a driver's own ringparam callbacks still name it in their parameter lists (SmPL
 * 0006 wraps them for the old ethtool_ops): a declaration keeps its scope file-wide. */
struct kernel_ethtool_ringparam;

/* MAC Merge types (struct ethtool_mm_state, ethtool_mm_cfg, ethtool_mm_stats, enum
 * ethtool_mm_verify_status): upstream v6.3 (ethtool MAC Merge layer, 802.3 clause 99);
 * probe ethtool_mm_state.  Before, ethtool has no MAC Merge ops (rule 0523 keeps .get_mm,
 * .set_mm and .get_mm_stats only where they exist); the types let a driver's frame
 * preemption code and compat.ko's verification state machine below build, with frame
 * preemption left at its default (pMAC and preemptible TX off, verification disabled). */
#ifndef BPC_ETHTOOL_MM_STATE
enum ethtool_mm_verify_status {
	ETHTOOL_MM_VERIFY_STATUS_UNKNOWN,
	ETHTOOL_MM_VERIFY_STATUS_INITIAL,
	ETHTOOL_MM_VERIFY_STATUS_VERIFYING,
	ETHTOOL_MM_VERIFY_STATUS_SUCCEEDED,
	ETHTOOL_MM_VERIFY_STATUS_FAILED,
	ETHTOOL_MM_VERIFY_STATUS_DISABLED,
};

struct ethtool_mm_state {
	u32 verify_time;
	u32 max_verify_time;
	enum ethtool_mm_verify_status verify_status;
	bool tx_enabled;
	bool tx_active;
	bool pmac_enabled;
	bool verify_enabled;
	u32 tx_min_frag_size;
	u32 rx_min_frag_size;
};

struct ethtool_mm_cfg {
	u32 verify_time;
	bool verify_enabled;
	bool tx_enabled;
	bool pmac_enabled;
	u32 tx_min_frag_size;
};

struct ethtool_mm_stats {
	u64 MACMergeFrameAssErrorCount;
	u64 MACMergeFrameSmdErrorCount;
	u64 MACMergeFrameAssOkCount;
	u64 MACMergeFragCountRx;
	u64 MACMergeFragCountTx;
	u64 MACMergeHoldCount;
};
#endif /* BPC_ETHTOOL_MM_STATE */

/* MAC Merge software verification (ethtool_mmsv_*): upstream v6.14 (the stmmac verification
 * state machine made a common ethtool library); probe ethtool_mmsv.  The functions are
 * compat.ko's own (compat/ethtool-mmsv.c); they use the v6.3 MAC Merge types (above where
 * the target lacks them). */
#if !defined(BPC_ETHTOOL_MMSV)
#include <linux/spinlock.h>
#include <linux/timer.h>

enum ethtool_mmsv_event {
	ETHTOOL_MMSV_LP_SENT_VERIFY_MPACKET,
	ETHTOOL_MMSV_LD_SENT_VERIFY_MPACKET,
	ETHTOOL_MMSV_LP_SENT_RESPONSE_MPACKET,
};

enum ethtool_mpacket {
	ETHTOOL_MPACKET_VERIFY,
	ETHTOOL_MPACKET_RESPONSE,
};

struct ethtool_mmsv;

struct ethtool_mmsv_ops {
	void (*configure_tx)(struct ethtool_mmsv *mmsv, bool tx_active);
	void (*configure_pmac)(struct ethtool_mmsv *mmsv, bool pmac_enabled);
	void (*send_mpacket)(struct ethtool_mmsv *mmsv, enum ethtool_mpacket mpacket);
};

struct ethtool_mmsv {
	const struct ethtool_mmsv_ops *ops;
	struct net_device *dev;
	spinlock_t lock;
	enum ethtool_mm_verify_status status;
	struct timer_list verify_timer;
	bool verify_enabled;
	int verify_retries;
	bool pmac_enabled;
	u32 verify_time;
	bool tx_enabled;
};

#define ethtool_mmsv_stop LINUX_BACKPORT(ethtool_mmsv_stop)
#define ethtool_mmsv_link_state_handle LINUX_BACKPORT(ethtool_mmsv_link_state_handle)
#define ethtool_mmsv_event_handle LINUX_BACKPORT(ethtool_mmsv_event_handle)
#define ethtool_mmsv_get_mm LINUX_BACKPORT(ethtool_mmsv_get_mm)
#define ethtool_mmsv_set_mm LINUX_BACKPORT(ethtool_mmsv_set_mm)
#define ethtool_mmsv_init LINUX_BACKPORT(ethtool_mmsv_init)
void ethtool_mmsv_stop(struct ethtool_mmsv *mmsv);
void ethtool_mmsv_link_state_handle(struct ethtool_mmsv *mmsv, bool up);
void ethtool_mmsv_event_handle(struct ethtool_mmsv *mmsv, enum ethtool_mmsv_event event);
void ethtool_mmsv_get_mm(struct ethtool_mmsv *mmsv, struct ethtool_mm_state *state);
void ethtool_mmsv_set_mm(struct ethtool_mmsv *mmsv, struct ethtool_mm_cfg *cfg);
void ethtool_mmsv_init(struct ethtool_mmsv *mmsv, struct net_device *dev,
		       const struct ethtool_mmsv_ops *ops);
#endif /* !BPC_ETHTOOL_MMSV */

/* struct kernel_ethtool_ts_info: upstream v6.11, commit 2111375b85ad; probe
 * kernel_ethtool_ts_info.  Before, .get_ts_info() fills struct ethtool_ts_info: SmPL 0506
 * wraps the drivers' callbacks and copies these fields over; Bluetooth fills one for its
 * sockets. */
#ifndef BPC_KERNEL_ETHTOOL_TS_INFO
#include <linux/net_tstamp.h>
struct kernel_ethtool_ts_info {
	u32 cmd;
	u32 so_timestamping;
	int phc_index;
	enum hwtstamp_tx_types tx_types;
	enum hwtstamp_rx_filters rx_filters;
};

/* 7.2 drivers call the generic helper with their kernel_ethtool_ts_info; the old one takes the
 * uAPI struct. Same answer: software timestamps, no PHC. A function-like macro, so an ops
 * initializer naming ethtool_op_get_ts_info still gets the kernel's function. */
#include <uapi/linux/net_tstamp.h>
static inline int bp_ethtool_op_get_ts_info(struct net_device *dev,
					    struct kernel_ethtool_ts_info *info)
{
	info->so_timestamping = SOF_TIMESTAMPING_TX_SOFTWARE |
				SOF_TIMESTAMPING_RX_SOFTWARE |
				SOF_TIMESTAMPING_SOFTWARE;
	info->phc_index = -1;
	return 0;
}
#define ethtool_op_get_ts_info(dev, info) bp_ethtool_op_get_ts_info(dev, info)
#endif

/* struct ethtool_keee (EEE with link-mode bitmaps): upstream v6.9, commit d80a52335374; probe
 * ethtool_keee.  Before, .get_eee()/.set_eee() take struct ethtool_eee (legacy u32 masks):
 * SmPL 0507 wraps the drivers' callbacks with these conversions. */
#ifndef BPC_ETHTOOL_KEEE
struct ethtool_keee {
	__ETHTOOL_DECLARE_LINK_MODE_MASK(supported);
	__ETHTOOL_DECLARE_LINK_MODE_MASK(advertised);
	__ETHTOOL_DECLARE_LINK_MODE_MASK(lp_advertised);
	u32	tx_lpi_timer;
	bool	tx_lpi_enabled;
	bool	eee_active;
	bool	eee_enabled;
};

static inline void bp_ethtool_eee_to_keee(struct ethtool_keee *keee, const struct ethtool_eee *eee)
{
	ethtool_convert_legacy_u32_to_link_mode(keee->supported, eee->supported);
	ethtool_convert_legacy_u32_to_link_mode(keee->advertised, eee->advertised);
	ethtool_convert_legacy_u32_to_link_mode(keee->lp_advertised, eee->lp_advertised);
	keee->tx_lpi_timer = eee->tx_lpi_timer;
	keee->tx_lpi_enabled = eee->tx_lpi_enabled;
	keee->eee_active = eee->eee_active;
	keee->eee_enabled = eee->eee_enabled;
}

static inline void bp_ethtool_keee_to_eee(struct ethtool_eee *eee, const struct ethtool_keee *keee)
{
	ethtool_convert_link_mode_to_legacy_u32(&eee->supported, keee->supported);
	ethtool_convert_link_mode_to_legacy_u32(&eee->advertised, keee->advertised);
	ethtool_convert_link_mode_to_legacy_u32(&eee->lp_advertised, keee->lp_advertised);
	eee->tx_lpi_timer = keee->tx_lpi_timer;
	eee->tx_lpi_enabled = keee->tx_lpi_enabled;
	eee->eee_active = keee->eee_active;
	eee->eee_enabled = keee->eee_enabled;
}
#endif

/* struct ethtool_rxfh_fields, .get_rxfh_fields()/.set_rxfh_fields(): upstream v6.16 (Debian
 * 6.12.117 has them); probe ethtool_rxfh_fields.  Before, ETHTOOL_GRXFH/SRXFH reach
 * .get_rxnfc()/.set_rxnfc(): SmPL 0508's wrappers call these two. */
#ifndef BPC_ETHTOOL_RXFH_FIELDS
struct ethtool_rxfh_fields {
	u32 data;
	u32 flow_type;
	u32 rss_context;
};

static inline int bp_ethtool_grxfh_by_fields(struct net_device *dev, struct ethtool_rxnfc *cmd,
					     int (*get)(struct net_device *, struct ethtool_rxfh_fields *))
{
	struct ethtool_rxfh_fields f = {
		.flow_type = cmd->flow_type,
		.rss_context = (cmd->flow_type & FLOW_RSS) ? cmd->rss_context : 0,
	};
	int ret = get(dev, &f);

	if (!ret)
		cmd->data = f.data;
	return ret;
}

static inline int bp_ethtool_srxfh_by_fields(struct net_device *dev, struct ethtool_rxnfc *cmd,
					     int (*set)(struct net_device *,
							const struct ethtool_rxfh_fields *,
							struct netlink_ext_ack *))
{
	struct ethtool_rxfh_fields f = {
		.data = cmd->data,
		.flow_type = cmd->flow_type,
		.rss_context = (cmd->flow_type & FLOW_RSS) ? cmd->rss_context : 0,
	};

	return set(dev, &f, NULL);
}
#endif

/* struct ethtool_rxfh_param: upstream v6.8 (.get_rxfh/.set_rxfh take it); probe
 * ethtool_rxfh_param.  Before, they take (indir, key, hfunc): SmPL 0516's wrappers fill one,
 * with the sizes the driver's own ops report. */
#ifndef BPC_ETHTOOL_RXFH_PARAM
struct ethtool_rxfh_param {
	u8	hfunc;
	u32	indir_size;
	u32	*indir;
	u32	key_size;
	u8	*key;
	u32	rss_context;
	u8	rss_delete;
	u8	input_xfrm;
};

/* a macro: struct net_device is complete only where the driver uses it */
#define bp_ethtool_rxfh_param_init(dev, rxfh) do {					\
	const struct ethtool_ops *__bp_ops = (dev)->ethtool_ops;			\
											\
	(rxfh)->indir_size = __bp_ops->get_rxfh_indir_size ?				\
			     __bp_ops->get_rxfh_indir_size(dev) : 0;			\
	(rxfh)->key_size = __bp_ops->get_rxfh_key_size ?				\
			   __bp_ops->get_rxfh_key_size(dev) : 0;			\
} while (0)
#endif

/* ethtool_puts(): upstream v6.8 (one ETH_GSTRING_LEN string, then advance); probe ethtool_puts */
#ifndef BPC_ETHTOOL_PUTS
#include <linux/string.h>
static inline void ethtool_puts(u8 **data, const char *str)
{
	strscpy(*data, str, ETH_GSTRING_LEN);
	*data += ETH_GSTRING_LEN;
}
#endif

/* struct ethtool_link_ext_stats (PHY link-down counter for ethtool_ops.get_link_ext_stats()):
 * newer than Linux 6.1, in 6.12; probe ethtool_link_ext_stats.  Defined so a driver's
 * callback compiles; rule 0519 keeps the .get_link_ext_stats initializer only where the
 * member exists (the old kernel has no way to ask for the counter). */
#ifndef BPC_ETHTOOL_LINK_EXT_STATS
struct ethtool_link_ext_stats {
	u64 link_down_events;
};
#endif /* BPC_ETHTOOL_LINK_EXT_STATS */

/* ethtool_ops->get_eee() called by the driver itself with a struct ethtool_keee (upstream
 * v6.9, commit d80a52335374): rule 0520 writes the call as bp_ethtool_ops_get_keee(ops, dev,
 * keee).  Before (probe ethtool_keee) the op (rule 0507's wrapper) takes struct ethtool_eee:
 * convert. */
#ifdef BPC_ETHTOOL_KEEE
#define bp_ethtool_ops_get_keee(ops, dev, keee)	((ops)->get_eee(dev, keee))
#else
static inline int bp_ethtool_ops_get_keee(const struct ethtool_ops *ops, struct net_device *dev,
					  struct ethtool_keee *keee)
{
	struct ethtool_eee eee = {};
	int ret = ops->get_eee(dev, &eee);

	if (!ret)
		bp_ethtool_eee_to_keee(keee, &eee);
	return ret;
}
#endif /* BPC_ETHTOOL_KEEE */

/* ethtool_sprintf(): upstream v5.13; probe ethtool_sprintf (format one ETH_GSTRING_LEN string,
 * then advance) */
#ifndef BPC_ETHTOOL_SPRINTF
#include <linux/kernel.h>
static inline __printf(2, 3) void ethtool_sprintf(u8 **data, const char *fmt, ...)
{
	va_list args;

	va_start(args, fmt);
	vsnprintf(*data, ETH_GSTRING_LEN, fmt, args);
	va_end(args);
	*data += ETH_GSTRING_LEN;
}
#endif /* BPC_ETHTOOL_SPRINTF */

/* struct kernel_ethtool_coalesce: upstream v5.15 (f3ccfda19319); probe
 * ethtool_kernel_coalesce.  Declared only, so the 7.2 callbacks that rule 0527 wraps can
 * name it in their parameter lists (the wrappers pass NULL; nothing reads it). */
#ifndef BPC_ETHTOOL_KERNEL_COALESCE
struct kernel_ethtool_coalesce;
#endif /* BPC_ETHTOOL_KERNEL_COALESCE */

/* RXH_XFRM_SYM_XOR, RXH_XFRM_NO_CHANGE (RSS input transformation): upstream v6.8; macros, so
 * #ifndef is the probe.  Rule 0543 drops .supported_input_xfrm where the core has none;
 * the bits stay for the drivers' own tests of ethtool_rxfh_param.input_xfrm. */
#ifndef RXH_XFRM_SYM_XOR
#define RXH_XFRM_SYM_XOR	(1 << 0)
#endif
#ifndef RXH_XFRM_NO_CHANGE
#define RXH_XFRM_NO_CHANGE	0xff
#endif
/* RXH_XFRM_SYM_OR_XOR: newer than Linux 6.8, in 6.12 (mlx5's symmetric-or-xor); a macro, so
 * #ifndef is the probe */
#ifndef RXH_XFRM_SYM_OR_XOR
#define RXH_XFRM_SYM_OR_XOR	(1 << 1)
#endif

/* GTP flow types and RXH_GTP_TEID of rx-flow-hash (iavf, ice): newer than Linux 6.1, in
 * 6.12 (an enum there, hence probe ethtool_gtp_flows).  An older core passes the
 * flow_type of ETHTOOL_SRXFH/GRXFH through to the driver unchecked, so a tool that knows
 * the values can use them; the values are the uAPI's. */
#ifndef BPC_ETHTOOL_GTP_FLOWS
#define GTPU_V4_FLOW		0x13
#define GTPU_V6_FLOW		0x14
#define GTPC_V4_FLOW		0x15
#define GTPC_V6_FLOW		0x16
#define GTPC_TEID_V4_FLOW	0x17
#define GTPC_TEID_V6_FLOW	0x18
#define GTPU_EH_V4_FLOW		0x19
#define GTPU_EH_V6_FLOW		0x1a
#define GTPU_UL_V4_FLOW		0x1b
#define GTPU_UL_V6_FLOW		0x1c
#define GTPU_DL_V4_FLOW		0x1d
#define GTPU_DL_V6_FLOW		0x1e
#define RXH_GTP_TEID		(1 << 8)
#endif /* BPC_ETHTOOL_GTP_FLOWS */

/* struct ethtool_fec_hist, struct ethtool_fec_hist_range, ETHTOOL_FEC_HIST_MAX (the FEC error
 * histogram of ethtool_ops.get_fec_stats()): newer than Linux 6.12; probe ethtool_fec_hist.
 * Defined so the drivers' callbacks compile and rule 0546's wrapper can give them one to
 * fill; the older uAPI has no histogram to report it in. */
#ifndef BPC_ETHTOOL_FEC_HIST
#define ETHTOOL_FEC_HIST_MAX	17

/* ETHTOOL_MAX_LANES: Linux 5.13 (per-lane FEC counters); a macro, so #ifndef is the probe */
#ifndef ETHTOOL_MAX_LANES
#define ETHTOOL_MAX_LANES	8
#endif

struct ethtool_fec_hist_range {
	u16 low;
	u16 high;
};

struct ethtool_fec_hist {
	struct ethtool_fec_hist_value {
		u64 sum;
		u64 per_lane[ETHTOOL_MAX_LANES];
	} values[ETHTOOL_FEC_HIST_MAX];
	const struct ethtool_fec_hist_range *ranges;
	struct ethtool_fec_hist_range ranges_buf[ETHTOOL_FEC_HIST_MAX];
};
#endif /* BPC_ETHTOOL_FEC_HIST */

#endif /* __BACKPORT_LINUX_ETHTOOL_H */
