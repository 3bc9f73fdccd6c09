/* __skb_tstamp_tx(orig_skb, ack_skb, hwtstamps, sk, tstype): Linux 5.13 ("net: add ack_skb to __skb_tstamp_tx() for tcp ACK timestamps" / "tcp: ... SCM_TSTAMP_ACK") */
#include <linux/skbuff.h>

void bp_probe(struct sk_buff *skb, struct sock *sk);
void bp_probe(struct sk_buff *skb, struct sock *sk)
{
	__skb_tstamp_tx(skb, NULL, NULL, sk, 0);
}
