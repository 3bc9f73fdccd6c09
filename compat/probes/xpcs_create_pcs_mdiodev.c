/* probe xpcs_create_pcs_mdiodev() and xpcs_destroy_pcs(): newer than Linux 6.12 */
#include <linux/pcs/pcs-xpcs.h>

struct phylink_pcs *bp_probe(struct mii_bus *bus);
struct phylink_pcs *bp_probe(struct mii_bus *bus)
{
	struct phylink_pcs *pcs = xpcs_create_pcs_mdiodev(bus, 0);

	xpcs_destroy_pcs(pcs);
	return pcs;
}
