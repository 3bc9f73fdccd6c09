/* probe phy_disable_eee(): newer than Linux 6.1 (keep EEE off on a PHY that supports it), in 6.12 [export:phy_disable_eee] */
#include <linux/phy.h>

void bp_probe(struct phy_device *phydev);
void bp_probe(struct phy_device *phydev)
{
	phy_disable_eee(phydev);
}
