/* xen/xenbus.h: the kernel's header plus the 5.18 ring service for frontends */
#ifndef __BACKPORT_XEN_XENBUS_H
#define __BACKPORT_XEN_XENBUS_H
#include_next <xen/xenbus.h>

/* xenbus_setup_ring()/xenbus_teardown_ring(): upstream v5.18 ("xen/xenbus: add
 * xenbus_setup_ring() service"); probe xenbus_setup_ring.  Before it a frontend allocated
 * its ring pages itself and granted them with xenbus_grant_ring(), which is what these do:
 * zeroed pages, one grant each to the other end, every reference INVALID_GRANT_REF and
 * *vaddr NULL after a failure (xenbus_grant_ring() has reported it with
 * xenbus_dev_fatal()).  Teardown ends each grant without handing the page to the grant
 * table (the kernels without the service take (ref, readonly, page); readonly 0, page 0
 * as 5.18's NULL page) and frees the pages, as 5.18's does. */
#ifndef BPC_XENBUS_SETUP_RING
#include <linux/gfp.h>
#include <xen/grant_table.h>
#include <xen/page.h>

#ifndef INVALID_GRANT_REF	/* the constant came with the service: v5.18 */
#define INVALID_GRANT_REF	((grant_ref_t)-1)
#endif

static inline int xenbus_setup_ring(struct xenbus_device *dev, gfp_t gfp, void **vaddr,
				    unsigned int nr_pages, grant_ref_t *grefs)
{
	unsigned long size = nr_pages * XEN_PAGE_SIZE;
	unsigned int i;
	int ret = -ENOMEM;

	*vaddr = alloc_pages_exact(size, gfp | __GFP_ZERO);
	if (*vaddr) {
		ret = xenbus_grant_ring(dev, *vaddr, nr_pages, grefs);
		if (!ret)
			return 0;
		free_pages_exact(*vaddr, size);
		*vaddr = NULL;
	}
	for (i = 0; i < nr_pages; i++)
		grefs[i] = INVALID_GRANT_REF;
	return ret;
}

static inline void xenbus_teardown_ring(void **vaddr, unsigned int nr_pages,
					grant_ref_t *grefs)
{
	unsigned int i;

	for (i = 0; i < nr_pages; i++) {
		if (grefs[i] != INVALID_GRANT_REF) {
			gnttab_end_foreign_access(grefs[i], 0, 0UL);
			grefs[i] = INVALID_GRANT_REF;
		}
	}
	if (*vaddr)
		free_pages_exact(*vaddr, nr_pages * XEN_PAGE_SIZE);
	*vaddr = NULL;
}
#endif /* BPC_XENBUS_SETUP_RING */

/* XEN_FRONT_RING_INIT(): upstream v5.18 (ring.h synced with Xen); probe xen_front_ring_init.
 * The shared ring's and the front ring's initialisation in one, as the frontends did it. */
#ifndef BPC_XEN_FRONT_RING_INIT
#include <xen/interface/io/ring.h>
#define XEN_FRONT_RING_INIT(r, s, size) do {	\
	SHARED_RING_INIT(s);			\
	FRONT_RING_INIT(r, s, size);		\
} while (0)
#endif /* BPC_XEN_FRONT_RING_INIT */

#endif /* __BACKPORT_XEN_XENBUS_H */
