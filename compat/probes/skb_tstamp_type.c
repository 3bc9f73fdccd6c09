/* sk_buff.tstamp_type and skb_set_delivery_time(skb, kt, u8 tstamp_type): Linux 6.11 ("net: Rename mono_delivery_time to tstamp_type for scalabilty") */
#include <linux/skbuff.h>

void bp_probe(struct sk_buff *to, const struct sk_buff *from);
void bp_probe(struct sk_buff *to, const struct sk_buff *from)
{
	skb_set_delivery_time(to, from->tstamp, from->tstamp_type);
}
