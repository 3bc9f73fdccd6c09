/* probe struct ethtool_mm_state / ethtool_mm_cfg (ethtool MAC Merge layer API): upstream v6.3 */
#include <linux/ethtool.h>

void bp_probe(struct ethtool_mm_state *st, struct ethtool_mm_cfg *cfg);
void bp_probe(struct ethtool_mm_state *st, struct ethtool_mm_cfg *cfg)
{
	st->verify_status = ETHTOOL_MM_VERIFY_STATUS_DISABLED;
	cfg->tx_enabled = st->tx_enabled;
}
