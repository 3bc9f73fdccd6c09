/* <linux/phy.h> */
#ifndef __BACKPORT_LINUX_PHY_H
#define __BACKPORT_LINUX_PHY_H
#include_next <linux/phy.h>

/* phy_disable_eee_mode(): upstream v6.14 (phy_device.eee_disabled_modes); probe
 * phy_disable_eee_mode.  On kernels that have advertising_eee (v6.7, probe
 * phy_advertising_eee) the mode is only taken out of the current EEE advertisement,
 * so the user can still advertise it again with ethtool --set-eee. */
#if !defined(BPC_PHY_DISABLE_EEE_MODE) && defined(BPC_PHY_ADVERTISING_EEE)
static inline void phy_disable_eee_mode(struct phy_device *phydev, u32 link_mode)
{
	WARN_ON(phy_is_started(phydev));
	linkmode_clear_bit(link_mode, phydev->advertising_eee);
}
#endif

/* phy_disable_eee_mode() before upstream v6.7 (no advertising_eee, probe phy_advertising_eee;
 * the function itself: v6.14, probe phy_disable_eee_mode): phylib masks the EEE modes in
 * phy_device.eee_broken_modes (MDIO_EEE_* bits of the 7.60 advertisement register) out of
 * what it advertises at autonegotiation and at ethtool --set-eee: phy_disable_eee_mode()
 * adds the mode's bit there (modes outside register 7.60, such as 2500baseT, stay as the
 * PHY driver sets them). */
#if !defined(BPC_PHY_DISABLE_EEE_MODE) && !defined(BPC_PHY_ADVERTISING_EEE)
#include <linux/mdio.h>
static inline void phy_disable_eee_mode(struct phy_device *phydev, u32 link_mode)
{
	__ETHTOOL_DECLARE_LINK_MODE_MASK(mode) = {};

	WARN_ON(phy_is_started(phydev));
	linkmode_set_bit(link_mode, mode);
	phydev->eee_broken_modes |= linkmode_to_mii_eee_cap1_t(mode);
}
#endif

/* phy_support_eee(): upstream v6.9 (the MAC declares EEE support, phylib then advertises
 * every supported EEE mode); probe phy_support_eee.  Before, phylib has no EEE state of its
 * own: the PHY advertises what its reset default and ethtool --set-eee leave, so nothing to do. */
#ifndef BPC_PHY_SUPPORT_EEE
static inline void phy_support_eee(struct phy_device *phydev)
{
}
#endif

/* phy_disable_eee(): newer than Linux 6.1, in 6.12 (EEE off, and the user cannot advertise
 * it again); probe phy_disable_eee.  Before v6.7 every 7.60 mode goes into eee_broken_modes
 * (see phy_disable_eee_mode() above); with advertising_eee but without the function, the
 * advertisement is cleared. */
#ifndef BPC_PHY_DISABLE_EEE
static inline void phy_disable_eee(struct phy_device *phydev)
{
#ifdef BPC_PHY_ADVERTISING_EEE
	linkmode_zero(phydev->advertising_eee);
#else
	phydev->eee_broken_modes = MDIO_EEE_100TX | MDIO_EEE_1000T | MDIO_EEE_10GT |
				   MDIO_EEE_1000KX | MDIO_EEE_10GKX4 | MDIO_EEE_10GKR;
#endif
}
#endif

/* phy_ethtool_get_eee()/phy_ethtool_set_eee() with struct ethtool_keee: upstream v6.9, commit
 * d80a52335374 (the same change as the ethtool ops, rule 0507); probe ethtool_keee.  Before,
 * they take struct ethtool_eee: the wrappers convert (compat linux/ethtool.h). */
#ifndef BPC_ETHTOOL_KEEE
static inline int bp_phy_ethtool_get_eee(struct phy_device *phydev, struct ethtool_keee *keee)
{
	struct ethtool_eee eee = {};
	int ret = phy_ethtool_get_eee(phydev, &eee);

	if (!ret)
		bp_ethtool_eee_to_keee(keee, &eee);
	return ret;
}
#define phy_ethtool_get_eee bp_phy_ethtool_get_eee

static inline int bp_phy_ethtool_set_eee(struct phy_device *phydev, struct ethtool_keee *keee)
{
	struct ethtool_eee eee = {};

	bp_ethtool_keee_to_eee(&eee, keee);
	return phy_ethtool_set_eee(phydev, &eee);
}
#define phy_ethtool_set_eee bp_phy_ethtool_set_eee
#endif /* BPC_ETHTOOL_KEEE */

/* phy_check_valid() for drivers: newer than Linux 6.1 (static in phylib before), in 6.12;
 * probe phy_check_valid (declared and exported).  The same test: a setting table entry
 * matches speed and duplex exactly among the link modes in @features. */
#ifndef BPC_PHY_CHECK_VALID
static inline bool bp_phy_check_valid(int speed, int duplex, unsigned long *features)
{
	return !!phy_lookup_setting(speed, duplex, features, true);
}
#define phy_check_valid bp_phy_check_valid
#endif /* BPC_PHY_CHECK_VALID */

/* phy_device.enable_tx_lpi: newer than Linux 6.1, in Debian 6.12 (phylib tells the MAC to
 * send LPI: EEE negotiated and TX LPI enabled); probe phy_enable_tx_lpi.  Read as
 * bp_phy_enable_tx_lpi(phydev) (delta 0522); before, phy_init_eee(phydev, false) is 0
 * exactly when both ends negotiated EEE at the current speed and duplex. */
#ifdef BPC_PHY_ENABLE_TX_LPI
#define bp_phy_enable_tx_lpi(phydev)	((phydev)->enable_tx_lpi)
#else
#define bp_phy_enable_tx_lpi(phydev)	(phy_init_eee(phydev, false) == 0)
#endif /* BPC_PHY_ENABLE_TX_LPI */

/* PHY_MAC_INTERRUPT: upstream v5.11 ("net: phy: rename PHY_IGNORE_INTERRUPT to
 * PHY_MAC_INTERRUPT"); a macro, so #ifndef is the probe.  The same value (-2) under its
 * old name: the MAC driver reports the PHY's link changes. */
#if !defined(PHY_MAC_INTERRUPT) && defined(PHY_IGNORE_INTERRUPT)
#define PHY_MAC_INTERRUPT	PHY_IGNORE_INTERRUPT
#endif

/* phy_loopback(phydev, enable, speed): upstream v6.15 (loopback at a given speed, 0 for the
 * current one); probe phy_loopback_speed.  Before, phy_loopback(phydev, enable) loops back
 * at phydev->speed (genphy_loopback() forces it), so a speed the 7.x genphy_loopback()
 * would force (10/100/1000) is stored there first; any other speed is refused as 7.x
 * refuses it (-EINVAL).  A PHY driver's own .set_loopback() of the target ignores the
 * speed, as it did before. */
#ifndef BPC_PHY_LOOPBACK_SPEED
static inline int bp_phy_loopback(struct phy_device *phydev, bool enable, int speed)
{
	if (enable && speed) {
		if (speed != SPEED_10 && speed != SPEED_100 && speed != SPEED_1000)
			return -EINVAL;
		phydev->speed = speed;
	}
	return phy_loopback(phydev, enable);
}
#define phy_loopback(phydev, enable, speed)	bp_phy_loopback(phydev, enable, speed)
#endif /* BPC_PHY_LOOPBACK_SPEED */

/* rgmii_clock(): newer than Linux 6.12 (the RGMII/MII/GMII/RMII clock rate of a link speed);
 * probe rgmii_clock. */
#ifndef BPC_RGMII_CLOCK
static inline long rgmii_clock(int speed)
{
	switch (speed) {
	case SPEED_10:
		return 2500000;
	case SPEED_100:
		return 25000000;
	case SPEED_1000:
		return 125000000;
	default:
		return -EINVAL;
	}
}
#endif /* BPC_RGMII_CLOCK */

/* struct mii_bus .read_c45/.write_c45 set by a driver's bus setup: upstream v6.3 ("net: mdio:
 * Add dedicated C45 API to MDIO bus drivers"); probe mii_bus_read_c45; rule 0599
 * (spatches/0599-mii-bus-c45-ops.cocci) turns each store into bp_mii_bus_set_read_c45(bus, fn,
 * wrap) and the like.  Before, a C45 access reaches .read/.write with MII_ADDR_C45 and the
 * device address in regnum: the rule's wrap (bp_<fn>_c22, one line over
 * bp_mii_bus_read_c22_c45()/bp_mii_bus_write_c22_c45()) is installed as .read/.write, sending
 * C45 accesses to the driver's C45 function and the others to its C22 function (the .read/.write
 * the driver stored before on the same path; NULL when it has none).  A bus without C22 reads
 * -ENODEV for C22 registers (what an old bus scan takes for "no PHY here", 6.3+ does not scan
 * C22 there) and -EOPNOTSUPP for C22 writes.  probe_capabilities (5.6 to 6.2, gone with the C45
 * members) says what 6.3+ scans: C22 and C45, or C45 alone. */
#ifdef BPC_MII_BUS_READ_C45
#define bp_mii_bus_set_read_c45(bus, fn, wrap)		((bus)->read_c45 = (fn))
#define bp_mii_bus_set_read_c45_only(bus, fn, wrap)	((bus)->read_c45 = (fn))
#define bp_mii_bus_set_write_c45(bus, fn, wrap)		((bus)->write_c45 = (fn))
#else
#define bp_mii_bus_set_read_c45(bus, fn, wrap)					\
	((bus)->read = (wrap), (bus)->probe_capabilities = MDIOBUS_C22_C45)
#define bp_mii_bus_set_read_c45_only(bus, fn, wrap)				\
	((bus)->read = (wrap), (bus)->probe_capabilities = MDIOBUS_C45)
#define bp_mii_bus_set_write_c45(bus, fn, wrap)		((bus)->write = (wrap))

static inline int bp_mii_bus_read_c22_c45(struct mii_bus *bus, int addr, int regnum,
					  int (*r22)(struct mii_bus *, int, int),
					  int (*r45)(struct mii_bus *, int, int, int))
{
	if (regnum & MII_ADDR_C45)
		return r45(bus, addr, mdiobus_c45_devad(regnum), mdiobus_c45_regad(regnum));
	if (!r22)
		return -ENODEV;
	return r22(bus, addr, regnum);
}

static inline int bp_mii_bus_write_c22_c45(struct mii_bus *bus, int addr, int regnum, u16 val,
					   int (*w22)(struct mii_bus *, int, int, u16),
					   int (*w45)(struct mii_bus *, int, int, int, u16))
{
	if (regnum & MII_ADDR_C45)
		return w45(bus, addr, mdiobus_c45_devad(regnum), mdiobus_c45_regad(regnum), val);
	if (!w22)
		return -EOPNOTSUPP;
	return w22(bus, addr, regnum, val);
}

/* BP_MII_BUS_C45_WRAPPERS(name, r22, w22, r45, w45): name_read()/name_write(), the two
 * dispatchers above as functions, for a hand delta that picks a bus's accessors at run time
 * (ixgbe's ixgbe_mii_bus_init(): rule 0599 needs the C45 method by name). */
#define BP_MII_BUS_C45_WRAPPERS(name, r22, w22, r45, w45)			\
static int name##_read(struct mii_bus *bus, int addr, int regnum)		\
{										\
	return bp_mii_bus_read_c22_c45(bus, addr, regnum, r22, r45);		\
}										\
static int name##_write(struct mii_bus *bus, int addr, int regnum, u16 val)	\
{										\
	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val, w22, w45);	\
}
#endif /* BPC_MII_BUS_READ_C45 */

/* PHY_F_KEEP_PREAMBLE_BEFORE_SFD: newer than Linux 6.12, a dev_flags bit asking the PHY
 * driver (7.x micrel) to keep the preamble before the SFD; a macro, so #ifndef is the probe.
 * The target's PHY drivers know no such request: 0, so no driver-private bit is set by it */
#ifndef PHY_F_KEEP_PREAMBLE_BEFORE_SFD
#define PHY_F_KEEP_PREAMBLE_BEFORE_SFD	0
#endif

#endif /* __BACKPORT_LINUX_PHY_H */
