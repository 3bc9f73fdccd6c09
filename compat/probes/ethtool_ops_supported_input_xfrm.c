/* probe ethtool_ops.supported_input_xfrm (RSS input transformation, symmetric-xor): upstream v6.8 */
#include <linux/ethtool.h>

const struct ethtool_ops bp_probe_ops;
const struct ethtool_ops bp_probe_ops = {
	.supported_input_xfrm = RXH_XFRM_SYM_XOR,
};
