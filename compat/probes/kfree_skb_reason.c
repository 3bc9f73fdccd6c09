/* kfree_skb_reason() and enum skb_drop_reason: Linux 5.17, "net: skb: introduce kfree_skb_reason()" */
#include <linux/skbuff.h>

void bp_probe(struct sk_buff *skb);
void bp_probe(struct sk_buff *skb)
{
	kfree_skb_reason(skb, SKB_DROP_REASON_NOT_SPECIFIED);
}
