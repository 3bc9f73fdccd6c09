/* linux/folio_batch.h: Linux 7.x split struct folio_batch out of linux/pagevec.h (where
 * it lives since 5.16); probe linux_folio_batch_h */
#ifndef __BACKPORT_LINUX_FOLIO_BATCH_H
#define __BACKPORT_LINUX_FOLIO_BATCH_H
#ifdef BPC_LINUX_FOLIO_BATCH_H
#include_next <linux/folio_batch.h>
#else
#include <linux/pagevec.h>
#endif
#endif /* __BACKPORT_LINUX_FOLIO_BATCH_H */
