/* probe linux/folio_batch.h: newer than Linux 6.12 (in 7.2), struct folio_batch split out of linux/pagevec.h */
#include <linux/folio_batch.h>

void bp_probe(struct folio_batch *fb);
void bp_probe(struct folio_batch *fb)
{
	folio_batch_init(fb);
}
