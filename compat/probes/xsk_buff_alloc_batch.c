/* probe xsk_buff_alloc_batch(): upstream v5.16 ("xsk: Batched buffer allocation for the pool") */
#include <net/xdp_sock_drv.h>

u32 bp_probe(struct xsk_buff_pool *pool, struct xdp_buff **xdp);
u32 bp_probe(struct xsk_buff_pool *pool, struct xdp_buff **xdp)
{
	return xsk_buff_alloc_batch(pool, xdp, 8);
}
