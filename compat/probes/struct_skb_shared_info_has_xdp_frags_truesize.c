/* probe struct skb_shared_info.xdp_frags_truesize: upstream v6.13 (with xdp_buff_add_frag(): the frags' truesize kept in the buffer; before, drivers passed it to xdp_update_skb_shared_info() themselves) */
#include <linux/skbuff.h>

unsigned int bp_probe(const struct skb_shared_info *sinfo);
unsigned int bp_probe(const struct skb_shared_info *sinfo)
{
	return sinfo->xdp_frags_truesize;
}
