/* probe phylink_pcs_ops.pcs_inband_caps() and enum link_inband_signalling (LINK_INBAND_*): upstream v6.14 */
#include <linux/phylink.h>

unsigned int bp_probe(struct phylink_pcs *pcs, const struct phylink_pcs_ops *ops);
unsigned int bp_probe(struct phylink_pcs *pcs, const struct phylink_pcs_ops *ops)
{
	return ops->pcs_inband_caps(pcs, PHY_INTERFACE_MODE_SGMII) & LINK_INBAND_ENABLE;
}
