/* DesignWare XPCS: the v6.13-v6.14 API (the PCS behind a phylink_pcs handle, no interface
 * argument at creation, the EEE multiplier for phylink's PCS EEE methods) over the target's
 * pcs_xpcs.ko, guarded by BPC_XPCS_TO_PHYLINK_PCS, BPC_XPCS_CREATE_MDIODEV_NO_INTERFACE,
 * BPC_XPCS_CREATE_PCS_MDIODEV and BPC_XPCS_CONFIG_EEE_MULT_FACT. */
#ifndef __BACKPORT_LINUX_PCS_XPCS_H
#define __BACKPORT_LINUX_PCS_XPCS_H
#include_next <linux/pcs/pcs-xpcs.h>

/* xpcs_to_phylink_pcs(): newer than Linux 6.12 (struct dw_xpcs became private; before, its
 * pcs member is the handle); probe xpcs_to_phylink_pcs */
#ifndef BPC_XPCS_TO_PHYLINK_PCS
#define xpcs_to_phylink_pcs(xpcs) (&(xpcs)->pcs)
#endif

/* bp_xpcs_create_mdiodev(bus, addr, interface), bp_xpcs_create_fwnode(fwnode, interface):
 * xpcs_create_mdiodev()/xpcs_create_fwnode() lost the interface argument (newer than
 * Linux 6.12) when the PCS soft reset moved from creation to .pcs_pre_config() with the interface
 * phylink configures. A kernel with the argument checks that the PCS supports it and resets
 * the PCS for it at creation, so the caller passes the interface the driver of that kernel
 * passed (the one it configures); probe xpcs_create_mdiodev_no_interface */
#ifdef BPC_XPCS_CREATE_MDIODEV_NO_INTERFACE
#define bp_xpcs_create_mdiodev(bus, addr, interface) xpcs_create_mdiodev(bus, addr)
#define bp_xpcs_create_fwnode(fwnode, interface) xpcs_create_fwnode(fwnode)
#else
#define bp_xpcs_create_mdiodev(bus, addr, interface) xpcs_create_mdiodev(bus, addr, interface)
#define bp_xpcs_create_fwnode(fwnode, interface) xpcs_create_fwnode(fwnode, interface)
#endif

/* bp_xpcs_create_pcs_mdiodev(bus, addr, interface) and xpcs_destroy_pcs(): newer than
 * Linux 6.12, over the creation above (macros, as the blocks above: they expand only in the
 * drivers that use them, so a target whose XPCS API is older still than 6.12's, such as
 * 6.1's or 5.10's, fails in those drivers alone); probe xpcs_create_pcs_mdiodev */
#ifdef BPC_XPCS_CREATE_PCS_MDIODEV
#define bp_xpcs_create_pcs_mdiodev(bus, addr, interface) xpcs_create_pcs_mdiodev(bus, addr)
#else
#define bp_xpcs_create_pcs_mdiodev(bus, addr, interface) ({				\
	struct dw_xpcs *__bp_xpcs = bp_xpcs_create_mdiodev(bus, addr, interface);	\
											\
	IS_ERR(__bp_xpcs) ? ERR_CAST(__bp_xpcs) : xpcs_to_phylink_pcs(__bp_xpcs);	\
})

#define xpcs_destroy_pcs(bp_pcs_arg) do {						\
	struct phylink_pcs *__bp_pcs = (bp_pcs_arg);					\
											\
	if (__bp_pcs)									\
		xpcs_destroy(container_of(__bp_pcs, struct dw_xpcs, pcs));		\
} while (0)
#endif

/* xpcs_config_eee_mult_fact(): newer than Linux 6.12, the multiplier the XPCS's
 * .pcs_enable_eee() programs when phylink enables LPI. Without it phylink manages no LPI
 * (rule 0534 leaves the MACs without LPI methods), so nothing enables EEE in the PCS and the
 * multiplier is never used: nothing to store; probe xpcs_config_eee_mult_fact */
#ifndef BPC_XPCS_CONFIG_EEE_MULT_FACT
#define xpcs_config_eee_mult_fact(xpcs, mult_fact) do {		\
	(void)(xpcs);							\
	(void)(mult_fact);						\
} while (0)
#endif

#endif /* __BACKPORT_LINUX_PCS_XPCS_H */
