/* linux/net_tstamp.h: the kernel's header plus newer timestamping flags. */
#ifndef __BACKPORT_LINUX_NET_TSTAMP_H
#define __BACKPORT_LINUX_NET_TSTAMP_H
#include_next <linux/net_tstamp.h>

/* SOF_TIMESTAMPING_TX_COMPLETION: Linux 6.15; probe scm_tstamp_completion. Without
 * completion timestamps in the stack the flag is 0: a driver's ts_info ORs in nothing,
 * so the capability is not advertised. */
#ifndef BPC_SCM_TSTAMP_COMPLETION
#define SOF_TIMESTAMPING_TX_COMPLETION	0
#endif /* BPC_SCM_TSTAMP_COMPLETION */

#endif /* __BACKPORT_LINUX_NET_TSTAMP_H */
