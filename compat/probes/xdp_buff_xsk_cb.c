/* probe struct xdp_buff_xsk.cb (driver-private area after the xdp_buff, XSK_CHECK_PRIV_TYPE()): upstream v6.3 */
#include <net/xdp_sock_drv.h>
#include <net/xsk_buff_pool.h>

struct bp_priv { struct xdp_buff xdp; void *p; };

int bp_probe(struct xdp_buff_xsk *x);
int bp_probe(struct xdp_buff_xsk *x)
{
	XSK_CHECK_PRIV_TYPE(struct bp_priv);
	return sizeof(x->cb);
}
