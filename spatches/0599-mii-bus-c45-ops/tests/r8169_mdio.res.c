// SPDX-License-Identifier: GPL-2.0-only
/* r8169_main.c (7.2.13), its MDIO bus: the C45 accessors are stored only for newer chips */

#include <linux/phy.h>

static int r8169_mdio_read_reg(struct mii_bus *mii_bus, int phyaddr, int phyreg)
{
	struct rtl8169_private *tp = mii_bus->priv;

	if (phyaddr > 0)
		return -ENODEV;

	return rtl_readphy(tp, phyreg);
}

static int r8169_mdio_write_reg(struct mii_bus *mii_bus, int phyaddr,
				int phyreg, u16 val)
{
	struct rtl8169_private *tp = mii_bus->priv;

	if (phyaddr > 0)
		return -ENODEV;

	rtl_writephy(tp, phyreg, val);

	return 0;
}

static int r8169_mdio_read_reg_c45(struct mii_bus *mii_bus, int addr,
				   int devnum, int regnum)
{
	struct rtl8169_private *tp = mii_bus->priv;

	if (addr > 0)
		return -ENODEV;

	if (devnum == MDIO_MMD_VEND2 && regnum > MDIO_STAT2)
		return r8168_phy_ocp_read(tp, regnum);

	return 0;
}
#ifndef BPC_MII_BUS_READ_C45
static int bp_r8169_mdio_read_reg_c45_c22(struct mii_bus *bus, int addr,
					  int regnum){
	return bp_mii_bus_read_c22_c45(bus, addr, regnum, r8169_mdio_read_reg,
				       r8169_mdio_read_reg_c45);
}
#endif


static int r8169_mdio_write_reg_c45(struct mii_bus *mii_bus, int addr,
				    int devnum, int regnum, u16 val)
{
	struct rtl8169_private *tp = mii_bus->priv;

	if (addr > 0 || devnum != MDIO_MMD_VEND2 || regnum <= MDIO_STAT2)
		return -ENODEV;

	r8168_phy_ocp_write(tp, regnum, val);

	return 0;
}
#ifndef BPC_MII_BUS_READ_C45
static int bp_r8169_mdio_write_reg_c45_c22(struct mii_bus *bus, int addr,
					   int regnum, u16 val){
	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val,
					r8169_mdio_write_reg,
					r8169_mdio_write_reg_c45);
}
#endif


static int r8169_mdio_register(struct rtl8169_private *tp)
{
	struct pci_dev *pdev = tp->pci_dev;
	struct mii_bus *new_bus;
	int ret;

	/* On some boards with this chip version the BIOS is buggy and misses
	 * to reset the PHY page selector. This results in the PHY ID read
	 * accessing registers on a different page, returning a more or
	 * less random value. Fix this by resetting the page selector first.
	 */
	if (tp->mac_version == RTL_GIGA_MAC_VER_25 ||
	    tp->mac_version == RTL_GIGA_MAC_VER_26)
		r8169_mdio_write(tp, 0x1f, 0);

	new_bus = devm_mdiobus_alloc(&pdev->dev);
	if (!new_bus)
		return -ENOMEM;

	new_bus->name = "r8169";
	new_bus->priv = tp;
	new_bus->parent = &pdev->dev;
	new_bus->irq[0] = PHY_MAC_INTERRUPT;
	new_bus->phy_mask = GENMASK(31, 1);
	snprintf(new_bus->id, MII_BUS_ID_SIZE, "r8169-%x-%x",
		 pci_domain_nr(pdev->bus), pci_dev_id(pdev));

	new_bus->read = r8169_mdio_read_reg;
	new_bus->write = r8169_mdio_write_reg;

	if (tp->mac_version >= RTL_GIGA_MAC_VER_40) {
		bp_mii_bus_set_read_c45(new_bus, r8169_mdio_read_reg_c45,
					bp_r8169_mdio_read_reg_c45_c22);
		bp_mii_bus_set_write_c45(new_bus, r8169_mdio_write_reg_c45,
					 bp_r8169_mdio_write_reg_c45_c22);
	}

	return devm_mdiobus_register(&pdev->dev, new_bus);
}
