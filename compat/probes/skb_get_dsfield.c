/* skb_get_dsfield(): Linux 5.12 (net/inet_ecn.h) */
#include <net/inet_ecn.h>

int bp_probe(struct sk_buff *skb);
int bp_probe(struct sk_buff *skb)
{
	return skb_get_dsfield(skb);
}
