/* <net/selftests.h>: Linux 5.14 ("net: selftests: add generic selftests support"); probe
 * net_selftests_h.  5.10 has neither the header nor the generic self-tests: net_selftest*()
 * are then the stubs the header has without CONFIG_NET_SELFTESTS (no generic tests). */
#ifndef __BACKPORT_NET_SELFTESTS_H
#define __BACKPORT_NET_SELFTESTS_H

#include <linux/ethtool.h>
#include <linux/netdevice.h>

/* <net/selftests.h>: Linux 5.14; probe net_selftests_h */
#ifdef BPC_NET_SELFTESTS_H
#include_next <net/selftests.h>
#else
static inline void net_selftest(struct net_device *ndev, struct ethtool_test *etest, u64 *buf)
{
}

static inline int net_selftest_get_count(void)
{
	return 0;
}

static inline void net_selftest_get_strings(u8 *data)
{
}
#endif /* BPC_NET_SELFTESTS_H */

/* struct net_packet_attrs, struct net_test_priv, struct netsfhdr and net_test_get_skb():
 * newer than Linux 6.12 (made public for the xgbe self-tests; Debian 6.12.117's header has only
 * net_selftest*()); probe net_test_get_skb.  net_test_get_skb() is compat.ko's own
 * (compat/net-selftests.c): it builds the same IPv4 UDP/TCP test frame. */
#ifndef BPC_NET_TEST_GET_SKB
#include <linux/completion.h>

struct net_packet_attrs {
	const unsigned char *src;
	const unsigned char *dst;
	u32 ip_src;
	u32 ip_dst;
	bool tcp;
	u16 sport;
	u16 dport;
	int timeout;
	int size;
	int max_size;
	u8 id;
	u16 queue_mapping;
	bool bad_csum;
};

struct net_test_priv {
	struct net_packet_attrs *packet;
	struct packet_type pt;
	struct completion comp;
	int double_vlan;
	int vlan_id;
	int ok;
};

struct netsfhdr {
	__be32 version;
	__be64 magic;
	u8 id;
} __packed;

#define NET_TEST_PKT_SIZE (sizeof(struct ethhdr) + sizeof(struct iphdr) + \
			   sizeof(struct netsfhdr))
#define NET_TEST_PKT_MAGIC	0xdeadcafecafedeadULL
#define NET_LB_TIMEOUT		msecs_to_jiffies(200)

#define net_test_get_skb LINUX_BACKPORT(net_test_get_skb)
struct sk_buff *net_test_get_skb(struct net_device *ndev, u8 id,
				 struct net_packet_attrs *attr);
#endif /* !BPC_NET_TEST_GET_SKB */

#endif /* __BACKPORT_NET_SELFTESTS_H */
