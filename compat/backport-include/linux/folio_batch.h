#ifndef __BACKPORT_LINUX_FOLIO_BATCH_H
#define __BACKPORT_LINUX_FOLIO_BATCH_H
/* linux/folio_batch.h: newer than Linux 6.12 (in 7.2) struct folio_batch moved out of
 * linux/pagevec.h (where it lives since Linux 5.16); probe linux_folio_batch_h */
#ifdef BPC_LINUX_FOLIO_BATCH_H
#include_next <linux/folio_batch.h>
#else
#include <linux/pagevec.h>
#endif
#endif /* __BACKPORT_LINUX_FOLIO_BATCH_H */
