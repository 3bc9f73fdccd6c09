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

#endif /* __BACKPORT_LINUX_SHMEM_FS_H */
