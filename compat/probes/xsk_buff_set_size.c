/* probe xsk_buff_set_size(): newer than Linux 5.10, in 6.1 (added with the batched AF_XDP buffer allocation work, 5.16) */
#include <net/xdp_sock_drv.h>

void bp_probe(struct xdp_buff *xdp);
void bp_probe(struct xdp_buff *xdp)
{
	xsk_buff_set_size(xdp, 64);
}
