/* probe struct phylink_pcs.neg_mode (the PCS methods take a PHYLINK_PCS_NEG_* mode only when it is set): upstream v6.5, removed in v6.15 */
#include <linux/phylink.h>

void bp_probe(struct phylink_pcs *pcs);
void bp_probe(struct phylink_pcs *pcs)
{
	pcs->neg_mode = true;
}
