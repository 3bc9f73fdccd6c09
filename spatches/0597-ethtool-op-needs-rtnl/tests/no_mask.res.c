/* an ethtool_ops without the mask (a driver that is not ops-locked): unchanged */
#include <linux/ethtool.h>

static const struct ethtool_ops plain_ethtool_ops = {
	.get_drvinfo = plain_get_drvinfo,
	.get_link = ethtool_op_get_link,
};
