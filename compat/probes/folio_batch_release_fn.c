/* probe __folio_batch_release(): Linux 6.5 ("mm: remove struct pagevec", folio_batch gets its own release) */
#include <linux/pagevec.h>

void bp_probe(struct folio_batch *fb);
void bp_probe(struct folio_batch *fb)
{
	__folio_batch_release(fb);
}
