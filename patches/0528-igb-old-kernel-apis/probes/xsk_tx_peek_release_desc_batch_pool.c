/* probe xsk_tx_peek_release_desc_batch(pool, max) with pool->tx_descs: upstream v6.0 ("i40e: xsk: Move tmp desc array from driver to pool") */
#include <net/xdp_sock_drv.h>
#include <net/xsk_buff_pool.h>

u32 bp_probe(struct xsk_buff_pool *pool);
u32 bp_probe(struct xsk_buff_pool *pool)
{
	struct xdp_desc *descs = pool->tx_descs;

	return xsk_tx_peek_release_desc_batch(pool, 8) + descs[0].len;
}
