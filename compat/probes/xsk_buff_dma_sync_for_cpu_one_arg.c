/* probe xsk_buff_dma_sync_for_cpu(xdp) with one argument: upstream v6.10 */
#include <net/xdp_sock_drv.h>

void bp_probe(struct xdp_buff *xdp);
void bp_probe(struct xdp_buff *xdp)
{
	xsk_buff_dma_sync_for_cpu(xdp);
}
