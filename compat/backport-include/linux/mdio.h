/* <linux/mdio.h> */
#ifndef __BACKPORT_LINUX_MDIO_H
#define __BACKPORT_LINUX_MDIO_H
#include_next <linux/mdio.h>
#include <linux/linkmode.h>

/* mii_eee_cap1_mod_linkmode_t(), linkmode_to_mii_eee_cap1_t(): upstream v6.9 (EEE register
 * 7.60/7.61/3.20 <-> link modes, for the ethtool_keee API); probe mii_eee_cap1_mod_linkmode_t.
 * The six modes of IEEE 802.3 45.2.7.13 "EEE advertisement 1". */
#ifndef BPC_MII_EEE_CAP1_MOD_LINKMODE_T
static inline void mii_eee_cap1_mod_linkmode_t(unsigned long *adv, u32 val)
{
	linkmode_mod_bit(ETHTOOL_LINK_MODE_100baseT_Full_BIT, adv, val & MDIO_EEE_100TX);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_1000baseT_Full_BIT, adv, val & MDIO_EEE_1000T);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_10000baseT_Full_BIT, adv, val & MDIO_EEE_10GT);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_1000baseKX_Full_BIT, adv, val & MDIO_EEE_1000KX);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_10000baseKX4_Full_BIT, adv, val & MDIO_EEE_10GKX4);
	linkmode_mod_bit(ETHTOOL_LINK_MODE_10000baseKR_Full_BIT, adv, val & MDIO_EEE_10GKR);
}

static inline u32 linkmode_to_mii_eee_cap1_t(unsigned long *adv)
{
	u32 val = 0;

	if (linkmode_test_bit(ETHTOOL_LINK_MODE_100baseT_Full_BIT, adv))
		val |= MDIO_EEE_100TX;
	if (linkmode_test_bit(ETHTOOL_LINK_MODE_1000baseT_Full_BIT, adv))
		val |= MDIO_EEE_1000T;
	if (linkmode_test_bit(ETHTOOL_LINK_MODE_10000baseT_Full_BIT, adv))
		val |= MDIO_EEE_10GT;
	if (linkmode_test_bit(ETHTOOL_LINK_MODE_1000baseKX_Full_BIT, adv))
		val |= MDIO_EEE_1000KX;
	if (linkmode_test_bit(ETHTOOL_LINK_MODE_10000baseKX4_Full_BIT, adv))
		val |= MDIO_EEE_10GKX4;
	if (linkmode_test_bit(ETHTOOL_LINK_MODE_10000baseKR_Full_BIT, adv))
		val |= MDIO_EEE_10GKR;
	return val;
}
#endif

/* mdiobus_c45_regad(), mdiobus_c45_devad(): newer than Linux 5.10 (in 6.1); probe
 * mdiobus_c45_devad.  The register and device address of an MII_ADDR_C45 regnum; only
 * where that encoding exists (Linux 6.12 has neither it nor the helpers any more). */
#if !defined(BPC_MDIOBUS_C45_DEVAD) && defined(MII_DEVADDR_C45_SHIFT)
static inline u16 mdiobus_c45_regad(u32 regnum)
{
	return regnum & 0xffff;
}

static inline u16 mdiobus_c45_devad(u32 regnum)
{
	return (regnum >> MII_DEVADDR_C45_SHIFT) & 0x1f;
}
#endif /* !BPC_MDIOBUS_C45_DEVAD && MII_DEVADDR_C45_SHIFT */

/* MDIO_MMD_POWER_UNIT (MMD 13, the PHY power unit of 10BASE-T1S MAC-PHYs): uapi, upstream
 * newer than Linux 6.1, with the OPEN Alliance TC6 framework (Debian 6.12.117 has it); #ifndef
 * (a macro). */
#ifndef MDIO_MMD_POWER_UNIT
#define MDIO_MMD_POWER_UNIT	13
#endif

#endif /* __BACKPORT_LINUX_MDIO_H */
