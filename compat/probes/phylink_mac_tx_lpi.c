/* probe phylink-managed MAC EEE: phylink_mac_ops.mac_enable_tx_lpi/.mac_disable_tx_lpi, phylink_config.lpi_interfaces/lpi_capabilities/lpi_timer_default/eee_enabled_default: upstream v6.14 */
#include <linux/phylink.h>

int bp_probe(struct phylink_config *c, const struct phylink_mac_ops *ops);
int bp_probe(struct phylink_config *c, const struct phylink_mac_ops *ops)
{
	__set_bit(PHY_INTERFACE_MODE_SGMII, c->lpi_interfaces);
	c->lpi_capabilities = MAC_1000FD;
	c->lpi_timer_default = 250;
	c->eee_enabled_default = true;
	ops->mac_disable_tx_lpi(c);
	return ops->mac_enable_tx_lpi(c, 250, false);
}
