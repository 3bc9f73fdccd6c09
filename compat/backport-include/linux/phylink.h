/* phylink: PCS in-band capabilities, the PCS negotiation mode of .pcs_get_state() (for
 * rule 0534-phylink-pcs-lpi), guarded by BPC_PHYLINK_PCS_INBAND_CAPS and
 * BPC_PHYLINK_PCS_GET_STATE_NEG_MODE. */
#ifndef __BACKPORT_LINUX_PHYLINK_H
#define __BACKPORT_LINUX_PHYLINK_H
#include_next <linux/phylink.h>

/* enum link_inband_signalling (LINK_INBAND_*): upstream v6.14, with .pcs_inband_caps();
 * probe phylink_pcs_inband_caps. Without the method the values only feed the callback that
 * rule 0534 leaves unreferenced by phylink. */
#ifndef BPC_PHYLINK_PCS_INBAND_CAPS
enum link_inband_signalling {
	LINK_INBAND_DISABLE		= BIT(0),
	LINK_INBAND_ENABLE		= BIT(1),
	LINK_INBAND_BYPASS		= BIT(2),
};
#endif /* BPC_PHYLINK_PCS_INBAND_CAPS */

/* The neg_mode argument of .pcs_get_state(), phylink_mii_c22_pcs_decode_state() and
 * phylink_mii_c22_pcs_get_state(): upstream v6.15; probe phylink_pcs_get_state_neg_mode.
 * Before, the C22 helpers take no mode (they decide from BMSR/the advertising themselves),
 * so the argument is dropped; bp_phylink_pcs_inband_neg_mode() is the mode that phylink
 * (6.12) computes for MLO_AN_INBAND, the only mode it calls .pcs_get_state() in, from the
 * interface and advertising it puts into the state (rule 0534's wrapper; a macro: the
 * PHYLINK_PCS_NEG_* values are 6.5, QUSGMII 6.0, and only phylink drivers expand it;
 * 10G_QXGMII, 6.12's only other in-band case, has no PCS in the copied drivers). */
#ifndef BPC_PHYLINK_PCS_GET_STATE_NEG_MODE
#define phylink_mii_c22_pcs_decode_state(state, neg_mode, bmsr, lpa) \
	phylink_mii_c22_pcs_decode_state(state, bmsr, lpa)
#define phylink_mii_c22_pcs_get_state(pcs, neg_mode, state) \
	phylink_mii_c22_pcs_get_state(pcs, state)

#define bp_phylink_pcs_inband_neg_mode(interface, advertising) ({		\
	unsigned int __neg_mode;						\
										\
	switch (interface) {							\
	case PHY_INTERFACE_MODE_SGMII:						\
	case PHY_INTERFACE_MODE_QSGMII:						\
	case PHY_INTERFACE_MODE_QUSGMII:					\
	case PHY_INTERFACE_MODE_USXGMII:					\
		__neg_mode = PHYLINK_PCS_NEG_INBAND_ENABLED;			\
		break;								\
	case PHY_INTERFACE_MODE_1000BASEX:					\
	case PHY_INTERFACE_MODE_2500BASEX:					\
		__neg_mode = linkmode_test_bit(ETHTOOL_LINK_MODE_Autoneg_BIT,	\
					       advertising) ?			\
			PHYLINK_PCS_NEG_INBAND_ENABLED :			\
			PHYLINK_PCS_NEG_INBAND_DISABLED;			\
		break;								\
	default:								\
		__neg_mode = PHYLINK_PCS_NEG_NONE;				\
		break;								\
	}									\
	__neg_mode;								\
})
#endif /* BPC_PHYLINK_PCS_GET_STATE_NEG_MODE */

/* bp_phylink_pcs_set_neg_mode(pcs) (rule 0544-phylink-pcs-neg-mode): struct
 * phylink_pcs.neg_mode, Linux 6.5 to 6.14. A phylink of those versions passes the
 * PHYLINK_PCS_NEG_* mode to .pcs_config()/.pcs_link_up() only when it is set (the MLO_AN_*
 * mode otherwise); v6.15 removed it and every PCS gets the PHYLINK_PCS_NEG_* mode, the only
 * one 7.2's PCS methods understand; probe phylink_pcs_neg_mode */
#ifdef BPC_PHYLINK_PCS_NEG_MODE
#define bp_phylink_pcs_set_neg_mode(pcs) ((pcs)->neg_mode = true)
#else
#define bp_phylink_pcs_set_neg_mode(pcs) do { } while (0)
#endif

/* phylink_rx_clk_stop_block()/phylink_rx_clk_stop_unblock(): newer than Linux 6.12; upstream
 * they switch the PHY's receive clock stop in LPI off and back on, and only for a MAC with
 * phylink's LPI methods that set phylink_config.eee_rx_clk_stop_enable. Without them phylink
 * manages no LPI (rule 0534 leaves the MACs without LPI methods) and never enables the PHY's
 * clock stop, so there is nothing to block: no-ops; probe phylink_rx_clk_stop_block */
#ifndef BPC_PHYLINK_RX_CLK_STOP_BLOCK
static inline void phylink_rx_clk_stop_block(struct phylink *pl)
{
}

static inline void phylink_rx_clk_stop_unblock(struct phylink *pl)
{
}
#endif

#endif /* __BACKPORT_LINUX_PHYLINK_H */
