/* skb_recv_datagram(sk, flags, &err) without noblock: Linux 5.19 ("net: remove noblock parameter from skb_recv_datagram()") */
#include <linux/skbuff.h>

struct sk_buff *bp_probe(struct sock *sk, unsigned int flags, int *err);
struct sk_buff *bp_probe(struct sock *sk, unsigned int flags, int *err)
{
	return skb_recv_datagram(sk, flags, err);
}
