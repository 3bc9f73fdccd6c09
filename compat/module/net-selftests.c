// SPDX-License-Identifier: GPL-2.0-only
/*
 * net_test_get_skb(): the loopback test frame of the generic network self-tests, public in
 * <net/selftests.h> newer than 6.12 (drivers with self-tests of their own, xgbe, build their
 * frames with it); probe net_test_get_skb.
 *
 * The frame: Ethernet (attr->src/dst, IPv4), IPv4 (attr->ip_src/ip_dst, TTL 32), UDP or TCP
 * (attr->sport/dport), the self-test header (magic, test @id) and attr->size zero bytes,
 * zero-padded to attr->max_size when that is larger. The L4 checksum is left to the device
 * (CHECKSUM_PARTIAL; pseudo-header sum filled in); attr->bad_csum sends a TCP frame whose
 * checksum is computed in software and then corrupted, so the receiver must drop it.
 */
#include <linux/export.h>
#include <linux/etherdevice.h>
#include <linux/ip.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <net/checksum.h>
#include <net/ip.h>
#include <net/selftests.h>
#include <net/tcp.h>
#include <net/udp.h>

#ifndef BPC_NET_TEST_GET_SKB

struct sk_buff *net_test_get_skb(struct net_device *ndev, u8 id,
				 struct net_packet_attrs *attr)
{
	unsigned int l4_hdr = attr->tcp ? sizeof(struct tcphdr) : sizeof(struct udphdr);
	unsigned int len = ETH_HLEN + sizeof(struct iphdr) + l4_hdr +
			   sizeof(struct netsfhdr) + attr->size;
	unsigned int frame_len = len;
	struct netsfhdr *sfh;
	struct ethhdr *eth;
	struct iphdr *iph;
	struct sk_buff *skb;

	if (attr->max_size > 0 && (unsigned int)attr->max_size > frame_len)
		frame_len = attr->max_size;

	skb = netdev_alloc_skb(ndev, frame_len + NET_IP_ALIGN);
	if (!skb)
		return NULL;
	skb_reserve(skb, NET_IP_ALIGN);

	/* the whole frame, zeroed: headers below, payload and padding stay zero */
	memset(skb_put(skb, frame_len), 0, frame_len);

	skb_reset_mac_header(skb);
	eth = eth_hdr(skb);
	if (attr->src)
		ether_addr_copy(eth->h_source, attr->src);
	if (attr->dst)
		ether_addr_copy(eth->h_dest, attr->dst);
	eth->h_proto = htons(ETH_P_IP);

	skb_set_network_header(skb, ETH_HLEN);
	iph = ip_hdr(skb);
	iph->version = 4;
	iph->ihl = sizeof(*iph) / 4;
	iph->ttl = 32;
	iph->protocol = attr->tcp ? IPPROTO_TCP : IPPROTO_UDP;
	iph->tot_len = htons(attr->max_size ? attr->max_size - ETH_HLEN : len - ETH_HLEN);
	iph->saddr = htonl(attr->ip_src);
	iph->daddr = htonl(attr->ip_dst);
	ip_send_check(iph);

	skb_set_transport_header(skb, ETH_HLEN + sizeof(*iph));
	if (attr->tcp) {
		struct tcphdr *th = tcp_hdr(skb);

		th->source = htons(attr->sport);
		th->dest = htons(attr->dport);
		th->doff = sizeof(*th) / 4;
	} else {
		struct udphdr *uh = udp_hdr(skb);

		uh->source = htons(attr->sport);
		uh->dest = htons(attr->dport);
		uh->len = htons(attr->max_size ?
				attr->max_size - ETH_HLEN - sizeof(*iph) :
				len - ETH_HLEN - sizeof(*iph));
	}

	sfh = (struct netsfhdr *)(skb_transport_header(skb) + l4_hdr);
	sfh->magic = cpu_to_be64(NET_TEST_PKT_MAGIC);
	sfh->id = id;
	attr->id = id;

	skb->csum = 0;
	skb->ip_summed = CHECKSUM_PARTIAL;
	if (attr->tcp) {
		struct tcphdr *th = tcp_hdr(skb);

		th->check = ~tcp_v4_check(skb->len - skb_transport_offset(skb),
					  iph->saddr, iph->daddr, 0);
		skb->csum_start = skb_transport_header(skb) - skb->head;
		skb->csum_offset = offsetof(struct tcphdr, check);
		if (attr->bad_csum) {
			if (skb_checksum_help(skb)) {
				kfree_skb(skb);
				return NULL;
			}
			/* any other value than the right one */
			th->check = th->check == CSUM_MANGLED_0 ?
				    csum16_sub(th->check, cpu_to_be16(1)) : CSUM_MANGLED_0;
		}
	} else {
		udp4_hwcsum(skb, iph->saddr, iph->daddr);
	}

	skb->protocol = htons(ETH_P_IP);
	skb->pkt_type = PACKET_HOST;
	skb->dev = ndev;
	return skb;
}
EXPORT_SYMBOL_GPL(net_test_get_skb);

#endif /* !BPC_NET_TEST_GET_SKB */
