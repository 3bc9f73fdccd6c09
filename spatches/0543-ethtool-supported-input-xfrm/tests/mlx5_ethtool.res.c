/* trimmed from 7.2.13 drivers/net/ethernet/mellanox/mlx5/core/en_ethtool.c */
#include <linux/ethtool.h>

const struct ethtool_ops mlx5e_ethtool_ops = {
	.cap_link_lanes_supported = true,
	.rxfh_per_ctx_fields	= true,
#ifdef BPC_ETHTOOL_OPS_SUPPORTED_INPUT_XFRM
	.supported_input_xfrm = RXH_XFRM_SYM_OR_XOR,
#endif
	.get_drvinfo       = mlx5e_get_drvinfo,
};
