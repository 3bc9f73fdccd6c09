/* probe phylink_pcs_ops.pcs_get_state(pcs, neg_mode, state) and the neg_mode argument of phylink_mii_c22_pcs_decode_state()/_get_state(): upstream v6.15 */
#include <linux/phylink.h>

void bp_probe(struct phylink_pcs *pcs, struct mdio_device *mdio,
	      struct phylink_link_state *state);
void bp_probe(struct phylink_pcs *pcs, struct mdio_device *mdio,
	      struct phylink_link_state *state)
{
	void (*get)(struct phylink_pcs *, unsigned int, struct phylink_link_state *) =
		pcs->ops->pcs_get_state;

	get(pcs, PHYLINK_PCS_NEG_INBAND_ENABLED, state);
	phylink_mii_c22_pcs_decode_state(state, PHYLINK_PCS_NEG_INBAND_ENABLED, 0, 0);
	phylink_mii_c22_pcs_get_state(mdio, PHYLINK_PCS_NEG_INBAND_ENABLED, state);
}
