/* linux/skbuff.h: the kernel's header plus the skb helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_SKBUFF_H
#define __BACKPORT_LINUX_SKBUFF_H
#include_next <linux/skbuff.h>

/* napi_build_skb(): upstream v5.12; probe napi_build_skb.  build_skb() is the same
 * without the NAPI skbuff_head cache. */
#ifndef BPC_NAPI_BUILD_SKB
#define napi_build_skb(data, frag_size) build_skb(data, frag_size)
#endif

/* TX completion timestamps: Linux 6.15 ("net-timestamp: COMPLETION timestamp on packet
 * tx completion"); probe scm_tstamp_completion. Before, the stack cannot deliver them:
 * no skb asks for one (the flag is 0, so Bluetooth tracks no packet and never reports
 * SCM_TSTAMP_COMPLETION, see linux/errqueue.h), and sockets do not advertise them
 * (SOF_TIMESTAMPING_TX_COMPLETION is 0, see linux/net_tstamp.h). */
#ifndef BPC_SCM_TSTAMP_COMPLETION
#define SKBTX_COMPLETION_TSTAMP		0
#endif /* BPC_SCM_TSTAMP_COMPLETION */

#endif /* __BACKPORT_LINUX_SKBUFF_H */
