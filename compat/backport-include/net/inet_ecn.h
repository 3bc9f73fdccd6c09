/* net/inet_ecn.h: the kernel's header plus skb_get_dsfield(). */
#ifndef __BACKPORT_NET_INET_ECN_H
#define __BACKPORT_NET_INET_ECN_H
#include_next <net/inet_ecn.h>

/* skb_get_dsfield(): upstream v5.12; probe skb_get_dsfield.  The DS field of an IPv4
 * or IPv6 packet, -1 for anything else or a header that cannot be pulled. */
#ifndef BPC_SKB_GET_DSFIELD
static inline int skb_get_dsfield(struct sk_buff *skb)
{
	switch (skb_protocol(skb, true)) {
	case cpu_to_be16(ETH_P_IP):
		if (!pskb_network_may_pull(skb, sizeof(struct iphdr)))
			break;
		return ipv4_get_dsfield(ip_hdr(skb));
	case cpu_to_be16(ETH_P_IPV6):
		if (!pskb_network_may_pull(skb, sizeof(struct ipv6hdr)))
			break;
		return ipv6_get_dsfield(ipv6_hdr(skb));
	}
	return -1;
}
#endif

#endif /* __BACKPORT_NET_INET_ECN_H */
