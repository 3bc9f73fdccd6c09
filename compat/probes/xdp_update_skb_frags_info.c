/* probe xdp_update_skb_frags_info(): newer than Linux 6.12 (xdp_update_skb_shared_info() renamed, the pfmemalloc bool became the xdp flags; Debian 6.12.117 lacks it) */
#include <linux/skbuff.h>
#include <net/xdp.h>

void bp_probe(struct sk_buff *skb, u32 flags);
void bp_probe(struct sk_buff *skb, u32 flags)
{
	xdp_update_skb_frags_info(skb, 1, 100, 4096, flags);
}
