/* probe check_move_unevictable_folios(): Linux 6.0 ("mm/vmscan: convert check_move_unevictable_pages() to use a folio_batch") */
#include <linux/swap.h>

void bp_probe(struct folio_batch *fbatch);
void bp_probe(struct folio_batch *fbatch)
{
	check_move_unevictable_folios(fbatch);
}
