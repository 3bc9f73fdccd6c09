/* probe xdp_init_buff()/xdp_prepare_buff(): upstream v5.12 ("net, xdp: Introduce xdp_init_buff utility routine", "... xdp_prepare_buff ...") */
#include <net/xdp.h>

void bp_probe(struct xdp_buff *xdp, struct xdp_rxq_info *rxq, unsigned char *p);
void bp_probe(struct xdp_buff *xdp, struct xdp_rxq_info *rxq, unsigned char *p)
{
	xdp_init_buff(xdp, 4096, rxq);
	xdp_prepare_buff(xdp, p, 256, 64, true);
}
