/* probe xdp_buff_add_frag() / xdp_return_frag(): upstream v6.13 (net/xdp.h, "xdp: add generic xdp_buff_add_frag()"; xdp_return_frag() in net/core/xdp.c) [export:xdp_return_frag] */
#include <linux/skbuff.h>
#include <net/xdp.h>

bool bp_probe(struct xdp_buff *xdp, netmem_ref netmem);
bool bp_probe(struct xdp_buff *xdp, netmem_ref netmem)
{
	xdp_return_frag(netmem, xdp);
	return xdp_buff_add_frag(xdp, netmem, 0, 64, 4096);
}
