/* trimmed from 7.2.13 drivers/net/ethernet/intel/iavf/iavf_ethtool.c */
#include <linux/ethtool.h>

static const struct ethtool_ops iavf_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_USECS |
				     ETHTOOL_COALESCE_USE_ADAPTIVE,
	.supported_input_xfrm	= RXH_XFRM_SYM_XOR,
	.get_drvinfo		= iavf_get_drvinfo,
	.get_link		= ethtool_op_get_link,
};
