/* probe xdp_buff_get_skb_flags(): newer than Linux 6.12 (Debian 6.12.117 lacks it) */
#include <net/xdp.h>

u32 bp_probe(const struct xdp_buff *xdp);
u32 bp_probe(const struct xdp_buff *xdp)
{
	return xdp_buff_get_skb_flags(xdp);
}
