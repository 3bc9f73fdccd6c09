/* probe phy_support_eee(): upstream v6.9 (the MAC tells phylib it supports EEE) [export:phy_support_eee] */
#include <linux/phy.h>

void bp_probe(struct phy_device *phydev);
void bp_probe(struct phy_device *phydev)
{
	phy_support_eee(phydev);
}
