/* probe skb_tcp_all_headers()/skb_inner_tcp_all_headers(): upstream v5.19 ("net: add skb_[inner_]tcp_all_headers helpers") */
#include <linux/tcp.h>

int bp_probe(const struct sk_buff *skb);
int bp_probe(const struct sk_buff *skb)
{
	return skb_tcp_all_headers(skb) + skb_inner_tcp_all_headers(skb);
}
