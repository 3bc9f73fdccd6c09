/* probe xsk_buff_add_frag(head, xdp) returning bool: newer than Linux 6.12 (the frag attached to the head's shared info by the helper; Debian 6.12.117 has the one-argument form) */
#include <net/xdp_sock_drv.h>

bool bp_probe(struct xdp_buff *head, struct xdp_buff *xdp);
bool bp_probe(struct xdp_buff *head, struct xdp_buff *xdp)
{
	return xsk_buff_add_frag(head, xdp);
}
