/* fixed_phy_register_100fd(), guarded by BPC_FIXED_PHY_REGISTER_100FD. */
#ifndef __BACKPORT_LINUX_PHY_FIXED_H
#define __BACKPORT_LINUX_PHY_FIXED_H
#include_next <linux/phy_fixed.h>

/* fixed_phy_register_100fd(): newer than Linux 6.12 (a polled 100/full fixed PHY without a
 * device node); probe fixed_phy_register_100fd.  Before, fixed_phy_register(PHY_POLL,
 * &status, NULL) registers the same (it copies the status). */
#ifndef BPC_FIXED_PHY_REGISTER_100FD
static inline struct phy_device *fixed_phy_register_100fd(void)
{
	struct fixed_phy_status status = {
		.link	= 1,
		.speed	= SPEED_100,
		.duplex	= DUPLEX_FULL,
	};

	return fixed_phy_register(PHY_POLL, &status, NULL);
}
#endif /* BPC_FIXED_PHY_REGISTER_100FD */

#endif /* __BACKPORT_LINUX_PHY_FIXED_H */
