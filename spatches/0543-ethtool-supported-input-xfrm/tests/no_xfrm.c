/* an ethtool_ops without the mask: unchanged */
#include <linux/ethtool.h>

static const struct ethtool_ops plain_ethtool_ops = {
	.get_drvinfo = plain_get_drvinfo,
	.get_link = ethtool_op_get_link,
};
