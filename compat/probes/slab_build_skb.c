/* slab_build_skb(): upstream v6.2, commit ce098da1497c ("skbuff: Introduce slab_build_skb()") */
#include <linux/skbuff.h>

struct sk_buff *bp_probe(void *data);
struct sk_buff *bp_probe(void *data)
{
	return slab_build_skb(data);
}
