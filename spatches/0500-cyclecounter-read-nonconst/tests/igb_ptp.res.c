// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_ptp.c (v7.2.13) */
static u64 igb_ptp_read_82576(bp_cyclecounter_t *cc)
{
	struct igb_adapter *igb = container_of(cc, struct igb_adapter, cc);
	struct e1000_hw *hw = &igb->hw;
	u64 val;
	u32 lo, hi;

	lo = rd32(E1000_SYSTIML);
	hi = rd32(E1000_SYSTIMH);

	val = ((u64) hi) << 32;
	val |= lo;

	return val;
}

/* SYSTIM read access for the 82580 */
static u64 igb_ptp_read_82580(bp_cyclecounter_t *cc)
{
	struct igb_adapter *igb = container_of(cc, struct igb_adapter, cc);
	return val;
}

static u64 not_a_cc_read(struct other *cc)
{
	return 0;
}
