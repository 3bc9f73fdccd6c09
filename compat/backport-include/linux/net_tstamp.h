/* <linux/net_tstamp.h>: a kernel header since v6.6 (before, only the uAPI one, which this
 * includes then) */
#ifndef __BACKPORT_LINUX_NET_TSTAMP_H
#define __BACKPORT_LINUX_NET_TSTAMP_H
#include_next <linux/net_tstamp.h>

/* struct kernel_hwtstamp_config, hwtstamp_config_{to,from}_kernel(), and the NDOs that use
 * them: upstream v6.6, commit 66f7223039c0 ("net: add NDOs for configuring hardware
 * timestamping"); probe ndo_hwtstamp.  Before, SIOCGHWTSTAMP/SIOCSHWTSTAMP reach
 * .ndo_eth_ioctl(): SmPL 0509's wrapper serves them with bp_ndo_hwtstamp_ioctl(). */
#ifndef BPC_NDO_HWTSTAMP
#include <linux/netdevice.h>
#include <linux/uaccess.h>

struct kernel_hwtstamp_config {
	int flags;
	int tx_type;
	int rx_filter;
	struct ifreq *ifr;
	bool copied_to_user;
};

static inline void hwtstamp_config_to_kernel(struct kernel_hwtstamp_config *kernel_cfg,
					     const struct hwtstamp_config *cfg)
{
	kernel_cfg->flags = cfg->flags;
	kernel_cfg->tx_type = cfg->tx_type;
	kernel_cfg->rx_filter = cfg->rx_filter;
}

static inline void hwtstamp_config_from_kernel(struct hwtstamp_config *cfg,
					       const struct kernel_hwtstamp_config *kernel_cfg)
{
	cfg->flags = kernel_cfg->flags;
	cfg->tx_type = kernel_cfg->tx_type;
	cfg->rx_filter = kernel_cfg->rx_filter;
}

static inline bool kernel_hwtstamp_config_changed(const struct kernel_hwtstamp_config *a,
						  const struct kernel_hwtstamp_config *b)
{
	return a->flags != b->flags || a->tx_type != b->tx_type ||
	       a->rx_filter != b->rx_filter;
}

/* SIOCGHWTSTAMP / SIOCSHWTSTAMP through the v6.6-style callbacks */
static inline int bp_ndo_hwtstamp_ioctl(struct net_device *dev, struct ifreq *ifr, int cmd,
					int (*get)(struct net_device *, struct kernel_hwtstamp_config *),
					int (*set)(struct net_device *, struct kernel_hwtstamp_config *,
						   struct netlink_ext_ack *))
{
	struct kernel_hwtstamp_config kcfg = { .ifr = ifr };
	struct hwtstamp_config cfg;
	int err;

	if (cmd == SIOCSHWTSTAMP) {
		if (copy_from_user(&cfg, ifr->ifr_data, sizeof(cfg)))
			return -EFAULT;
		hwtstamp_config_to_kernel(&kcfg, &cfg);
		err = set(dev, &kcfg, NULL);
	} else {
		err = get(dev, &kcfg);
	}
	if (err)
		return err;
	if (kcfg.copied_to_user)
		return 0;
	hwtstamp_config_from_kernel(&cfg, &kcfg);
	return copy_to_user(ifr->ifr_data, &cfg, sizeof(cfg)) ? -EFAULT : 0;
}
#endif /* BPC_NDO_HWTSTAMP */

/* SOF_TIMESTAMPING_TX_COMPLETION: Linux 6.15; probe scm_tstamp_completion. Without
 * completion timestamps in the stack the flag is 0: a driver's ts_info ORs in nothing,
 * so the capability is not advertised. */
#ifndef BPC_SCM_TSTAMP_COMPLETION
#define SOF_TIMESTAMPING_TX_COMPLETION	0
#endif /* BPC_SCM_TSTAMP_COMPLETION */

#endif /* __BACKPORT_LINUX_NET_TSTAMP_H */
