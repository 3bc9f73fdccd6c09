/* SKB_CONSUMED drop reason: Linux 6.8?, "net: skb: introduce SKB_CONSUMED reason" (kfree_skb_reason() as consume) */
#include <linux/skbuff.h>

void bp_probe(struct sk_buff *skb);
void bp_probe(struct sk_buff *skb)
{
	kfree_skb_reason(skb, SKB_CONSUMED);
}
