/* probe struct mii_bus .read_c45/.write_c45: upstream v6.3 ("net: mdio: Add dedicated C45 API to MDIO bus drivers"; before, C45 goes through .read/.write with MII_ADDR_C45) */
#include <linux/phy.h>

int bp_probe(struct mii_bus *bus);
int bp_probe(struct mii_bus *bus)
{
	return bus->read_c45 != NULL && bus->write_c45 != NULL;
}
