/* probe struct phylink_pcs.supported_interfaces: newer than Linux 6.12 */
#include <linux/phylink.h>

void bp_probe(struct phylink_pcs *pcs);
void bp_probe(struct phylink_pcs *pcs)
{
	__set_bit(PHY_INTERFACE_MODE_SGMII, pcs->supported_interfaces);
}
