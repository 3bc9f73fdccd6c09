/* <net/page_pool/helpers.h>: Linux 6.6 (split out of <net/page_pool.h>); guarded by BPC_PAGE_POOL_HELPERS_H (otherwise the older home of its contents);
 * pp_page_to_nmdesc(): Linux 6.18, guarded by BPC_PP_PAGE_TO_NMDESC */
#ifndef __BACKPORT_NET_PAGE_POOL_HELPERS_H
#define __BACKPORT_NET_PAGE_POOL_HELPERS_H

#ifdef BPC_PAGE_POOL_HELPERS_H
#include_next <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif /* BPC_PAGE_POOL_HELPERS_H */

/* pp_page_to_nmdesc(): Linux 6.18 (struct netmem_desc); guarded by
 * BPC_PP_PAGE_TO_NMDESC.  Before it the page_pool fields live in struct page. */
#ifndef BPC_PP_PAGE_TO_NMDESC
#define pp_page_to_nmdesc(page) (page)
#endif /* BPC_PP_PAGE_TO_NMDESC */

#endif /* __BACKPORT_NET_PAGE_POOL_HELPERS_H */
