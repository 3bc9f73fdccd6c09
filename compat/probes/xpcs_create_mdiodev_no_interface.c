/* probe xpcs_create_mdiodev(bus, addr) and xpcs_create_fwnode(fwnode) without the interface argument: newer than Linux 6.12 */
#include <linux/pcs/pcs-xpcs.h>

struct dw_xpcs *(*bp_probe_mdiodev)(struct mii_bus *bus, int addr);
struct dw_xpcs *(*bp_probe_fwnode)(struct fwnode_handle *fwnode);
void bp_probe(void);
void bp_probe(void)
{
	bp_probe_mdiodev = xpcs_create_mdiodev;
	bp_probe_fwnode = xpcs_create_fwnode;
}
