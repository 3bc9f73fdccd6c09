/* probe MAX_ORDER as the largest order (inclusive): upstream v6.4, commit 23baf831a32c; before, MAX_ORDER was one more than the largest order. Fails where MAX_ORDER is gone (6.8: MAX_PAGE_ORDER) */
#include <linux/mmzone.h>

_Static_assert(MAX_ORDER_NR_PAGES == (1UL << MAX_ORDER), "MAX_ORDER is exclusive");
int bp_probe(void);
int bp_probe(void)
{
	return MAX_ORDER;
}
