/* probe xfrm_dev_offload.type / XFRM_DEV_OFFLOAD_CRYPTO (crypto vs packet offload): upstream v6.2 ("xfrm: add new packet offload flag") */
#include <net/xfrm.h>

bool bp_probe(struct xfrm_state *xs);
bool bp_probe(struct xfrm_state *xs)
{
	return xs->xso.type == XFRM_DEV_OFFLOAD_CRYPTO;
}
