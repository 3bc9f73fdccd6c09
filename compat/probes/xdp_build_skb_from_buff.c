/* probe xdp_build_skb_from_buff(): upstream v6.13 (net/core/xdp.c, "xdp: add generic xdp_build_skb_from_buff()") [export:xdp_build_skb_from_buff] */
#include <linux/skbuff.h>
#include <net/xdp.h>

struct sk_buff *bp_probe(const struct xdp_buff *xdp);
struct sk_buff *bp_probe(const struct xdp_buff *xdp)
{
	return xdp_build_skb_from_buff(xdp);
}
