/* probe xsk_buff_add_frag(xdp): upstream v6.6 ("xsk: add support for AF_XDP multi-buffer on Rx path"); replaced by the (head, xdp) form newer than 6.12 */
#include <net/xdp_sock_drv.h>

void bp_probe(struct xdp_buff *xdp);
void bp_probe(struct xdp_buff *xdp)
{
	xsk_buff_add_frag(xdp);
}
