/* probe xpcs_to_phylink_pcs() (struct dw_xpcs made private): newer than Linux 6.12 */
#include <linux/pcs/pcs-xpcs.h>

struct phylink_pcs *bp_probe(struct dw_xpcs *xpcs);
struct phylink_pcs *bp_probe(struct dw_xpcs *xpcs)
{
	return xpcs_to_phylink_pcs(xpcs);
}
