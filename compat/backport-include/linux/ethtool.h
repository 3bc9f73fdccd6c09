/* linux/ethtool.h: the kernel's header plus declarations newer drivers name. */
#ifndef __BACKPORT_LINUX_ETHTOOL_H
#define __BACKPORT_LINUX_ETHTOOL_H
#include_next <linux/ethtool.h>

/* struct kernel_ethtool_ringparam: upstream v5.17.  Before it the type does not exist,
 * yet a driver's own ringparam callbacks still name it in their parameter lists (SmPL
 * 0006 wraps them for the old ethtool_ops): a declaration keeps its scope file-wide. */
struct kernel_ethtool_ringparam;

/* MAC Merge software verification (ethtool_mmsv_*): upstream v6.14 ("net: ethtool: mm: extract
 * stmmac verification logic into common library"); probe ethtool_mmsv.  The functions are
 * compat.ko's (compat/ethtool-mmsv.c); they need the v6.3 MAC Merge types (ethtool_mm_state,
 * ethtool_mm_cfg, enum ethtool_mm_verify_status), present on every tree that has .get_mm. */
#ifndef BPC_ETHTOOL_MMSV
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
#endif /* BPC_ETHTOOL_MMSV */

#endif /* __BACKPORT_LINUX_ETHTOOL_H */
