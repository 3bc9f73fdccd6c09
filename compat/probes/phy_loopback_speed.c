/* probe phy_loopback(phydev, enable, speed): upstream v6.15 (loopback at a given speed) */
#include <linux/phy.h>

int (*bp_probe)(struct phy_device *phydev, bool enable, int speed);
int (*bp_probe)(struct phy_device *phydev, bool enable, int speed) = phy_loopback;
