/* linux/shmem_fs.h: the kernel's header plus the folio readers. */
#ifndef __BACKPORT_LINUX_SHMEM_FS_H
#define __BACKPORT_LINUX_SHMEM_FS_H
#include_next <linux/shmem_fs.h>

/* shmem_read_folio_gfp(): Linux 6.2 (the folio form of shmem_read_mapping_page_gfp(),
 * which returns the folio's head page with a reference held); probe shmem_read_folio_gfp */
#ifndef BPC_SHMEM_READ_FOLIO_GFP
static inline struct folio *shmem_read_folio_gfp(struct address_space *mapping,
						 pgoff_t index, gfp_t gfp)
{
	struct page *page = shmem_read_mapping_page_gfp(mapping, index, gfp);

	if (IS_ERR(page))
		return ERR_CAST(page);
	return page_folio(page);
}
#endif

/* shmem_writeout(folio, plug, folio_list): upstream v6.16 (shmem's writeout exported for
 * the callers that back objects up into shmem; the plug/folio_list form is later). Before,
 * shmem writes a locked, clean-for-io folio out through its address_space's ->writepage(),
 * which wants reclaim's writeback_control (shmem_writepage() only writes for reclaim).
 * The release calls it with no plug and no folio list. probe shmem_writeout */
#ifndef BPC_SHMEM_WRITEOUT
#include <linux/fs.h>
#include <linux/swap.h>
#include <linux/writeback.h>

static inline int bp_shmem_writeout(struct folio *folio)
{
	struct writeback_control wbc = {
		.sync_mode = WB_SYNC_NONE,
		.nr_to_write = SWAP_CLUSTER_MAX,
		.range_start = 0,
		.range_end = LLONG_MAX,
		.for_reclaim = 1,
	};

	return folio->page.mapping->a_ops->writepage(&folio->page, &wbc);
}
#define shmem_writeout(folio, plug, folio_list) bp_shmem_writeout(folio)
#endif

#endif /* __BACKPORT_LINUX_SHMEM_FS_H */
