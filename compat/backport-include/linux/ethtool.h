/* linux/ethtool.h: the kernel's header plus declarations newer drivers name. */
#ifndef __BACKPORT_LINUX_ETHTOOL_H
#define __BACKPORT_LINUX_ETHTOOL_H
#include_next <linux/ethtool.h>

/* struct kernel_ethtool_ringparam: upstream v5.17.  Before it the type does not exist,
 * yet a driver's own ringparam callbacks still name it in their parameter lists (SmPL
 * 0006 wraps them for the old ethtool_ops): a declaration keeps its scope file-wide. */
struct kernel_ethtool_ringparam;

/* struct kernel_ethtool_ts_info: Linux 6.11; probe kernel_ethtool_ts_info. Before, the
 * type does not exist: the fields the ethtool ioctl reports (Bluetooth fills one for its
 * sockets and copies it into struct ethtool_ts_info). Not for ethtool_ops.get_ts_info,
 * which still takes struct ethtool_ts_info on such kernels. */
#ifndef BPC_KERNEL_ETHTOOL_TS_INFO
#include <linux/net_tstamp.h>
struct kernel_ethtool_ts_info {
	u32 cmd;
	u32 so_timestamping;
	int phc_index;
	enum hwtstamp_tx_types tx_types;
	enum hwtstamp_rx_filters rx_filters;
};
#endif /* BPC_KERNEL_ETHTOOL_TS_INFO */

#endif /* __BACKPORT_LINUX_ETHTOOL_H */
