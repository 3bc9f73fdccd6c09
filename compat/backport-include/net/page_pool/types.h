/* <net/page_pool/types.h>: Linux 6.6 (split out of <net/page_pool.h>, with
 * <net/page_pool/helpers.h>); probe page_pool_types_h.  Before, <net/page_pool.h> holds the
 * types (struct page_pool, page_pool_params); the helpers compat header serves both. */
#ifndef __BACKPORT_NET_PAGE_POOL_TYPES_H
#define __BACKPORT_NET_PAGE_POOL_TYPES_H

/* <net/page_pool/types.h>: Linux 6.6; probe page_pool_types_h (BPC_PAGE_POOL_TYPES_H) */
#ifdef BPC_PAGE_POOL_TYPES_H
#include_next <net/page_pool/types.h>
#else
#include <net/page_pool/helpers.h>
#endif /* BPC_PAGE_POOL_TYPES_H */

#endif /* __BACKPORT_NET_PAGE_POOL_TYPES_H */
