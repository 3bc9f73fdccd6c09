/* probe phy_device.enable_tx_lpi (phylib tells the MAC whether to send LPI): newer than Linux 6.1, in Debian 6.12 */
#include <linux/phy.h>

bool bp_probe(struct phy_device *phydev);
bool bp_probe(struct phy_device *phydev)
{
	return phydev->enable_tx_lpi;
}
