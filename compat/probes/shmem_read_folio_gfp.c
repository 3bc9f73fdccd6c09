/* probe shmem_read_folio_gfp(): Linux 6.2 ("shmem: add shmem_read_folio() and shmem_read_folio_gfp()") */
#include <linux/shmem_fs.h>

struct folio *bp_probe(struct address_space *m, pgoff_t i, gfp_t gfp);
struct folio *bp_probe(struct address_space *m, pgoff_t i, gfp_t gfp)
{
	return shmem_read_folio_gfp(m, i, gfp);
}
