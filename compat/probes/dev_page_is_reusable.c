/* probe dev_page_is_reusable(): upstream v5.11 ("net: introduce common dev_page_is_reusable()") */
#include <linux/skbuff.h>

bool bp_probe(struct page *page);
bool bp_probe(struct page *page)
{
	return dev_page_is_reusable(page);
}
