/* probe xdp_build_skb_from_zc(): upstream v6.13 (net/core/xdp.c: an skb copied out of an XSk zero-copy buffer for XDP_PASS) [export:xdp_build_skb_from_zc] */
#include <linux/skbuff.h>
#include <net/xdp.h>

struct sk_buff *bp_probe(struct xdp_buff *xdp);
struct sk_buff *bp_probe(struct xdp_buff *xdp)
{
	return xdp_build_skb_from_zc(xdp);
}
