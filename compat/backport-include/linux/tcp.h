/* linux/tcp.h: the kernel's header plus skb_tcp_all_headers() */
#ifndef __BACKPORT_LINUX_TCP_H
#define __BACKPORT_LINUX_TCP_H
#include_next <linux/tcp.h>

/* skb_tcp_all_headers(), skb_inner_tcp_all_headers(): upstream v5.19; probe
 * skb_tcp_all_headers.  Length of all headers up to and including (inner) TCP. */
#ifndef BPC_SKB_TCP_ALL_HEADERS
static inline int skb_tcp_all_headers(const struct sk_buff *skb)
{
	return skb_transport_offset(skb) + tcp_hdrlen(skb);
}

static inline int skb_inner_tcp_all_headers(const struct sk_buff *skb)
{
	return skb_inner_transport_offset(skb) + inner_tcp_hdrlen(skb);
}
#endif /* BPC_SKB_TCP_ALL_HEADERS */

#endif /* __BACKPORT_LINUX_TCP_H */
