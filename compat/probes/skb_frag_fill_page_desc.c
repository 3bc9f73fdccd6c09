/* skb_frag_fill_page_desc(): upstream v6.5, commit b51f4113ebb0 ("net: introduce and use skb_frag_fill_page_desc()") */
#include <linux/skbuff.h>

void bp_probe(skb_frag_t *frag, struct page *page);
void bp_probe(skb_frag_t *frag, struct page *page)
{
	skb_frag_fill_page_desc(frag, page, 0, 0);
}
