/* probe struct folio_batch: Linux 5.16 ("mm: Add folio_batch", in <linux/pagevec.h>) */
#include <linux/pagevec.h>

void bp_probe(struct folio_batch *fbatch);
void bp_probe(struct folio_batch *fbatch)
{
	folio_batch_init(fbatch);
}
