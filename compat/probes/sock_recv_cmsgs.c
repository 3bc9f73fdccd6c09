/* sock_recv_cmsgs(): Linux 5.19 ("net: rename sock_recv_ts_and_drops() to sock_recv_cmsgs()") */
#include <net/sock.h>

void bp_probe(struct msghdr *msg, struct sock *sk, struct sk_buff *skb);
void bp_probe(struct msghdr *msg, struct sock *sk, struct sk_buff *skb)
{
	sock_recv_cmsgs(msg, sk, skb);
}
