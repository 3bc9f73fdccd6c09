/* probe struct phy_device .advertising_eee (EEE advertisement as a link mode mask): upstream v6.7 */
#include <linux/phy.h>

void bp_probe(struct phy_device *phydev);
void bp_probe(struct phy_device *phydev)
{
	linkmode_zero(phydev->advertising_eee);
}
