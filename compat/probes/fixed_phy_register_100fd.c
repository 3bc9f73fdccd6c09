/* probe fixed_phy_register_100fd(): newer than Linux 6.12 (polled 100/full fixed PHY) */
#include <linux/phy_fixed.h>

struct phy_device *bp_probe(void);
struct phy_device *bp_probe(void)
{
	return fixed_phy_register_100fd();
}
