/* <net/page_pool/helpers.h>: Linux 6.6 (split out of <net/page_pool.h>); guarded by BPC_PAGE_POOL_HELPERS_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_NET_PAGE_POOL_HELPERS_H
#define __BACKPORT_NET_PAGE_POOL_HELPERS_H

#ifdef BPC_PAGE_POOL_HELPERS_H
#include_next <net/page_pool/helpers.h>
#else
#include <net/page_pool.h>
#endif /* BPC_PAGE_POOL_HELPERS_H */

#endif /* __BACKPORT_NET_PAGE_POOL_HELPERS_H */
