/* linux/highmem.h: the kernel's header plus kmap_local_page()/kunmap_local() and
 * kmap_local_page_try_from_panic() */
#ifndef __BACKPORT_LINUX_HIGHMEM_H
#define __BACKPORT_LINUX_HIGHMEM_H
#include_next <linux/highmem.h>

/* kmap_local_page(), kmap_local_page_prot(), kunmap_local(): upstream v5.11; probe kmap_local_page.  Before, the
 * short-lived CPU-local mapping is kmap_atomic() (which also disables preemption and page
 * faults: callers of the local form must not sleep in between either way on amd64). */
#ifndef BPC_KMAP_LOCAL_PAGE
#define kmap_local_page(page)	kmap_atomic(page)
#define kunmap_local(addr)	kunmap_atomic(addr)
#define kmap_local_page_prot(page, prot)	kmap_atomic_prot(page, prot)
#endif /* BPC_KMAP_LOCAL_PAGE */

/* kmap_local_page_try_from_panic(): upstream v6.16, commit 8702048bb831; probe
 * kmap_local_page_try_from_panic.  A lowmem page has its kernel address already and needs
 * no mapping, which is all panic context may use; a highmem page cannot be mapped there. */
#ifndef BPC_KMAP_LOCAL_PAGE_TRY_FROM_PANIC
static inline void *kmap_local_page_try_from_panic(const struct page *page)
{
	if (!PageHighMem(page))
		return page_address(page);
	return NULL;
}
#endif /* BPC_KMAP_LOCAL_PAGE_TRY_FROM_PANIC */

#endif /* __BACKPORT_LINUX_HIGHMEM_H */
