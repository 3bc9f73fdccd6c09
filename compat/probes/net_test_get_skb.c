/* probe net_test_get_skb() and struct net_packet_attrs in <net/selftests.h>: newer than Linux 6.12 (Debian 6.12.117 lacks them; 7.2 has them) [export:net_test_get_skb] */
#include <linux/netdevice.h>
#include <net/selftests.h>

struct sk_buff *bp_probe(struct net_device *ndev, struct net_packet_attrs *attr);
struct sk_buff *bp_probe(struct net_device *ndev, struct net_packet_attrs *attr)
{
	return net_test_get_skb(ndev, attr->id, attr);
}
