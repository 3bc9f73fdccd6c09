/* skb_pull_data(): Linux 5.17 ("skbuff: introduce skb_pull_data") */
#include <linux/skbuff.h>

void *bp_probe(struct sk_buff *skb);
void *bp_probe(struct sk_buff *skb)
{
	return skb_pull_data(skb, 4);
}
