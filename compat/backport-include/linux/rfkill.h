/* rfkill_set_hw_state_reason(), RFKILL_HARD_BLOCK_*, rfkill_soft_blocked(): Linux 5.11;
 * guarded by BPC_RFKILL_HW_STATE_REASON.  Older rfkill has a single hard-block
 * state (the reason is dropped) and no soft-only query (blocked is used). */
#ifndef __BACKPORT_LINUX_RFKILL_H
#define __BACKPORT_LINUX_RFKILL_H
#include_next <linux/rfkill.h>

/* rfkill_set_hw_state_reason(), RFKILL_HARD_BLOCK_*, rfkill_soft_blocked(): Linux 5.11; probe rfkill_hw_state_reason (BPC_RFKILL_HW_STATE_REASON) */
#ifndef BPC_RFKILL_HW_STATE_REASON
/* uapi <linux/rfkill.h> gained the enum in 5.11 too; cfg80211 names the type */
enum rfkill_hard_block_reasons {
	RFKILL_HARD_BLOCK_SIGNAL	= 1 << 0,
	RFKILL_HARD_BLOCK_NOT_OWNER	= 1 << 1,
};
static inline bool rfkill_set_hw_state_reason(struct rfkill *rfkill, bool blocked,
					      enum rfkill_hard_block_reasons reason)
{
	return rfkill_set_hw_state(rfkill, blocked);
}
#define rfkill_soft_blocked(rfkill) rfkill_blocked(rfkill)
#endif /* BPC_RFKILL_HW_STATE_REASON */

#endif /* __BACKPORT_LINUX_RFKILL_H */
