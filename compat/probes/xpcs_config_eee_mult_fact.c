/* probe xpcs_config_eee_mult_fact() (the EEE multiplier phylink's .pcs_enable_eee() uses): newer than Linux 6.12 */
#include <linux/pcs/pcs-xpcs.h>

void bp_probe(struct dw_xpcs *xpcs);
void bp_probe(struct dw_xpcs *xpcs)
{
	xpcs_config_eee_mult_fact(xpcs, 1);
}
