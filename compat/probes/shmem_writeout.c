/* probe shmem_writeout(folio, plug, folio_list): upstream v6.16 (exported shmem writeout; the plug/folio_list form is later) */
#include <linux/shmem_fs.h>

int bp_probe(struct folio *folio);
int bp_probe(struct folio *folio)
{
	return shmem_writeout(folio, NULL, NULL);
}
