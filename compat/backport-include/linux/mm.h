/* linux/mm.h: the kernel's header plus the newer helpers. */
#ifndef __BACKPORT_LINUX_MM_H
#define __BACKPORT_LINUX_MM_H
#include_next <linux/mm.h>

/* vm_flags_set()/vm_flags_clear(): Linux 6.3, commit bc292ab00f6c (vm_flags became
 * read-only outside the wrappers); before, vm_flags is written directly.
 * probe vm_flags_set */
#ifndef BPC_VM_FLAGS_SET
static inline void vm_flags_set(struct vm_area_struct *vma, vm_flags_t flags)
{
	vma->vm_flags |= flags;
}

static inline void vm_flags_clear(struct vm_area_struct *vma, vm_flags_t flags)
{
	vma->vm_flags &= ~flags;
}

static inline void vm_flags_mod(struct vm_area_struct *vma, vm_flags_t set, vm_flags_t clear)
{
	vma->vm_flags = (vma->vm_flags | set) & ~clear;
}
#endif

/* PMD_ORDER: Linux 6.9 (the page order of a PMD mapping); a macro, so #ifndef */
#ifndef PMD_ORDER
#define PMD_ORDER (PMD_SHIFT - PAGE_SHIFT)
#endif

/* is_cow_mapping(): in <linux/mm.h> in kernels newer than Linux 5.10 (there in
 * mm/internal.h): a private mapping that may be written. probe is_cow_mapping */
#ifndef BPC_IS_COW_MAPPING
static inline bool is_cow_mapping(vm_flags_t flags)
{
	return (flags & (VM_SHARED | VM_MAYWRITE)) == VM_MAYWRITE;
}
#endif

/* struct folio: Linux 5.16 ("mm: Introduce struct folio"). A folio is the head page of a
 * compound page (or an order-0 page); before, the same memory is reached as a struct page.
 * The shim wraps the head page in a struct of its own (so folio and page pointers stay
 * distinct types) and maps the folio calls 7.2's drm core and shmem helper make onto the
 * page calls. The ones needing <linux/swap.h> are macros, resolved where they are used.
 * probe struct_folio */
#ifndef BPC_STRUCT_FOLIO
struct folio {
	struct page page;
};

#define page_folio(p)		((struct folio *)compound_head(p))
#define folio_page(folio, n)	(&(folio)->page + (n))

static inline unsigned long folio_nr_pages(struct folio *folio)
{
	return compound_nr(&folio->page);
}

static inline unsigned int folio_order(struct folio *folio)
{
	return compound_order(&folio->page);
}

static inline size_t folio_size(struct folio *folio)
{
	return page_size(&folio->page);
}

static inline unsigned long folio_pfn(struct folio *folio)
{
	return page_to_pfn(&folio->page);
}

static inline void *folio_address(struct folio *folio)
{
	return page_address(&folio->page);
}

static inline void folio_get(struct folio *folio)
{
	get_page(&folio->page);
}

static inline void folio_put(struct folio *folio)
{
	put_page(&folio->page);
}

static inline bool folio_mark_dirty(struct folio *folio)
{
	return set_page_dirty(&folio->page);
}

static inline bool folio_test_pmd_mappable(struct folio *folio)
{
	return folio_order(folio) >= PMD_ORDER;
}

/* the page of @folio that holds file offset @index (in pages) */
static inline struct page *folio_file_page(struct folio *folio, pgoff_t index)
{
	return folio_page(folio, index & (folio_nr_pages(folio) - 1));
}

#define folio_mark_accessed(folio) mark_page_accessed(&(folio)->page)
/* the page cache and writeback calls of TTM's shmem backup (lock_page() and the page flags
 * are in <linux/pagemap.h>, <linux/page-flags.h>: macros, resolved where used) */
#define folio_lock(folio)		lock_page(&(folio)->page)
#define folio_unlock(folio)		unlock_page(&(folio)->page)
#define folio_mapped(folio)		page_mapped(&(folio)->page)
#define folio_clear_dirty_for_io(folio)	clear_page_dirty_for_io(&(folio)->page)
#define folio_set_reclaim(folio)	SetPageReclaim(&(folio)->page)
#define folio_clear_reclaim(folio)	ClearPageReclaim(&(folio)->page)
#define folio_test_writeback(folio)	PageWriteback(&(folio)->page)
/* the file index after the folio (a head page's index is the folio's first) */
#define folio_next_index(folio)		((folio)->page.index + folio_nr_pages(folio))
#endif /* BPC_STRUCT_FOLIO */

/* EMPTY_VMA_FLAGS: newer than Linux 6.12 (in 7.2, the empty vma_flags_t bitmap); where
 * shmem_file_setup() and friends still take unsigned long flags it is 0. probe vma_flags_t */
#if !defined(BPC_VMA_FLAGS_T) && !defined(EMPTY_VMA_FLAGS)
#define EMPTY_VMA_FLAGS 0UL
#endif

#endif /* __BACKPORT_LINUX_MM_H */
