/* linux/swap.h: the kernel's header plus the folio_batch form of the unevictable check. */
#ifndef __BACKPORT_LINUX_SWAP_H
#define __BACKPORT_LINUX_SWAP_H
#include_next <linux/swap.h>

/* check_move_unevictable_folios(): Linux 6.0 ("mm/vmscan: convert
 * check_move_unevictable_pages() to use a folio_batch"). Before, the pagevec call takes
 * the same batch (struct folio_batch has the pagevec layout; compat's on kernels without
 * it, linux/pagevec.h). probe check_move_unevictable_folios */
#ifndef BPC_CHECK_MOVE_UNEVICTABLE_FOLIOS
#include <linux/pagevec.h>
#define check_move_unevictable_folios(fbatch) \
	check_move_unevictable_pages((struct pagevec *)(fbatch))
#endif

#endif /* __BACKPORT_LINUX_SWAP_H */
