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

#endif /* __BACKPORT_LINUX_PHY_H */
