/* trimmed from 7.2.13 drivers/net/ethernet/mellanox/mlx5/core/en_ethtool.c */
#include <linux/ethtool.h>

const struct ethtool_ops mlx5e_ethtool_ops = {
	.cap_link_lanes_supported = true,
	.rxfh_per_ctx_fields	= true,
	.supported_input_xfrm	= RXH_XFRM_SYM_OR_XOR,
	.get_drvinfo       = mlx5e_get_drvinfo,
};
