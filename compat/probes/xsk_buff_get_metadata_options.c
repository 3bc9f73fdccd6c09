/* probe xsk_buff_get_metadata(pool, addr, options) (NULL unless the descriptor's options carry XDP_TX_METADATA): newer than Linux 6.12, a stable fix Debian has from 6.12.115 (6.12.111 and older: (pool, addr)) */
#include <net/xdp_sock_drv.h>

struct xsk_tx_metadata *bp_probe(struct xsk_buff_pool *pool, u64 addr, u32 options);
struct xsk_tx_metadata *bp_probe(struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	return xsk_buff_get_metadata(pool, addr, options);
}
