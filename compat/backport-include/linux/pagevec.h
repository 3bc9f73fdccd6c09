/* linux/pagevec.h: the kernel's header plus the folio_batch release of 6.5. */
#ifndef __BACKPORT_LINUX_PAGEVEC_H
#define __BACKPORT_LINUX_PAGEVEC_H
#include_next <linux/pagevec.h>

/* __folio_batch_release(): Linux 6.5 ("mm: remove struct pagevec"). Before, a folio_batch
 * is laid out as a pagevec (the kernel static_asserts it) and folio_batch_release()
 * calls __pagevec_release() on it. probe folio_batch_release_fn */
#ifndef BPC_FOLIO_BATCH_RELEASE_FN
#define __folio_batch_release(fbatch) __pagevec_release((struct pagevec *)(fbatch))
#endif

#endif /* __BACKPORT_LINUX_PAGEVEC_H */
