/* probe mdiobus_c45_devad()/mdiobus_c45_regad(): newer than Linux 5.10 (5.12, "net: mdio: Add helpers to extract clause 45 regad and devad fields"), in 6.1 */
#include <linux/mdio.h>

u16 bp_probe(u32 regnum);
u16 bp_probe(u32 regnum)
{
	return mdiobus_c45_devad(regnum) + mdiobus_c45_regad(regnum);
}
