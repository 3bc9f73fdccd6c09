/* probe xsk_buff_raw_get_ctx() / struct xdp_desc_ctx: upstream v6.14 (xp_raw_get_ctx(): a Tx descriptor's DMA address and metadata pointer in one call) */
#include <net/xdp_sock_drv.h>

struct xdp_desc_ctx bp_probe(const struct xsk_buff_pool *pool, u64 addr, u32 options);
struct xdp_desc_ctx bp_probe(const struct xsk_buff_pool *pool, u64 addr, u32 options)
{
	return xsk_buff_raw_get_ctx(pool, addr, options);
}
