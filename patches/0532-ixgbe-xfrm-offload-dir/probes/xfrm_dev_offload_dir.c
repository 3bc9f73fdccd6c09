/* probe xfrm_dev_offload.dir / XFRM_DEV_OFFLOAD_IN (the offload direction as a field, not the XFRM_OFFLOAD_INBOUND flag): upstream v5.19 ("xfrm: store and rely on direction to construct offload flags"); Debian 5.10.0-43+ by backport, 5.10.0-30/-32 not */
#include <net/xfrm.h>

void bp_probe(struct xfrm_state *xs);
void bp_probe(struct xfrm_state *xs)
{
	xs->xso.dir = XFRM_DEV_OFFLOAD_IN;
}
