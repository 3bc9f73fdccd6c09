/* SKB_CONSUMED drop reason: newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it), "net: skb: introduce SKB_CONSUMED reason" (kfree_skb_reason() as consume) */
#include <linux/skbuff.h>

void bp_probe(struct sk_buff *skb);
void bp_probe(struct sk_buff *skb)
{
	kfree_skb_reason(skb, SKB_CONSUMED);
}
