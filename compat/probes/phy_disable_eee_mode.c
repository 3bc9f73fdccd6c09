/* probe phy_disable_eee_mode(): upstream v6.14 */
#include <linux/phy.h>

void bp_probe(struct phy_device *phydev);
void bp_probe(struct phy_device *phydev)
{
	phy_disable_eee_mode(phydev, ETHTOOL_LINK_MODE_2500baseT_Full_BIT);
}
