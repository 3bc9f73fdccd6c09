/* linux/pagevec.h: the kernel's header plus the folio_batch release of 6.5. */
#ifndef __BACKPORT_LINUX_PAGEVEC_H
#define __BACKPORT_LINUX_PAGEVEC_H
#include_next <linux/pagevec.h>

/* __folio_batch_release(): Linux 6.5 ("mm: remove struct pagevec"). Before, a folio_batch
 * is laid out as a pagevec (the kernel static_asserts it) and folio_batch_release()
 * calls __pagevec_release() on it. probe folio_batch_release_fn */
#ifndef BPC_FOLIO_BATCH_RELEASE_FN
#define __folio_batch_release(fbatch) __pagevec_release((struct pagevec *)(fbatch))
#endif

/* struct folio_batch: Linux 5.16 ("mm: Add folio_batch"), laid out as the pagevec it
 * replaced (the kernel static_asserts the same layout from 5.16 to 6.4), so the pagevec
 * release and LRU calls take it. With compat's struct folio (linux/mm.h, probe
 * struct_folio). probe folio_batch */
#ifndef BPC_FOLIO_BATCH
#include <linux/mm.h>

struct folio_batch {
	unsigned char nr;
	bool percpu_pvec_drained;
	struct folio *folios[PAGEVEC_SIZE];
};

static inline void folio_batch_init(struct folio_batch *fbatch)
{
	fbatch->nr = 0;
	fbatch->percpu_pvec_drained = false;
}

static inline unsigned int folio_batch_count(struct folio_batch *fbatch)
{
	return fbatch->nr;
}

static inline unsigned int folio_batch_space(struct folio_batch *fbatch)
{
	return PAGEVEC_SIZE - fbatch->nr;
}

/* returns the room left after adding @folio */
static inline unsigned int folio_batch_add(struct folio_batch *fbatch, struct folio *folio)
{
	fbatch->folios[fbatch->nr++] = folio;
	return folio_batch_space(fbatch);
}

static inline void folio_batch_release(struct folio_batch *fbatch)
{
	pagevec_release((struct pagevec *)fbatch);
}
#endif /* BPC_FOLIO_BATCH */

#endif /* __BACKPORT_LINUX_PAGEVEC_H */
