/* probe xenbus_setup_ring()/xenbus_teardown_ring(): upstream v5.18 ("xen/xenbus: add xenbus_setup_ring() service") */
#include <xen/xenbus.h>

int bp_probe(struct xenbus_device *dev, void **vaddr, grant_ref_t *grefs);
int bp_probe(struct xenbus_device *dev, void **vaddr, grant_ref_t *grefs)
{
	int ret = xenbus_setup_ring(dev, GFP_KERNEL, vaddr, 1, grefs);

	xenbus_teardown_ring(vaddr, 1, grefs);
	return ret;
}
