/* probe phylink-managed Wake-on-LAN: phylink_mac_ops.mac_wol_set(), phylink_config.wol_phy_legacy/wol_phy_speed_ctrl/wol_mac_support: newer than Linux 6.12 */
#include <linux/phylink.h>

int bp_probe(struct phylink_config *config, const struct phylink_mac_ops *ops);
int bp_probe(struct phylink_config *config, const struct phylink_mac_ops *ops)
{
	config->wol_phy_legacy = true;
	config->wol_phy_speed_ctrl = true;
	config->wol_mac_support = WAKE_MAGIC;
	return ops->mac_wol_set(config, WAKE_MAGIC, NULL);
}
