/* rfkill_set_hw_state_reason() and RFKILL_HARD_BLOCK_*: Linux 5.11, "rfkill: add a reason to the HW rfkill state" */
#include <linux/rfkill.h>

bool bp_probe(struct rfkill *r);
bool bp_probe(struct rfkill *r)
{
	return rfkill_set_hw_state_reason(r, true, RFKILL_HARD_BLOCK_SIGNAL) ||
	       rfkill_soft_blocked(r);
}
