/* probe phy_device.mac_managed_pm (the MAC driver suspends/resumes the PHY, phylib does not): newer than Linux 5.10, in 6.1 */
#include <linux/phy.h>

void bp_probe(struct phy_device *phydev);
void bp_probe(struct phy_device *phydev)
{
	phydev->mac_managed_pm = true;
}
