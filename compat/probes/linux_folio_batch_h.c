/* probe linux/folio_batch.h: Linux 7.x split struct folio_batch out of linux/pagevec.h */
#include <linux/folio_batch.h>

void bp_probe(struct folio_batch *fb);
void bp_probe(struct folio_batch *fb)
{
	folio_batch_init(fb);
}
