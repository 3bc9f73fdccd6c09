/* probe struct xdp_frame_bulk holding netmem_refs without its allocator (->xa): upstream v6.14 ("xdp: remove xdp_frame_bulk's xa", page_pool_put_netmem_bulk()); before, q[] held data addresses freed through bq->xa's page_pool */
#include <net/xdp.h>

void bp_probe(struct xdp_frame_bulk *bq, netmem_ref netmem);
void bp_probe(struct xdp_frame_bulk *bq, netmem_ref netmem)
{
	netmem_ref *q = bq->q;

	q[0] = netmem;
}
