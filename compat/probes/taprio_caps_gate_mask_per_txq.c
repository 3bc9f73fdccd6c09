/* probe tc_taprio_caps.gate_mask_per_txq: upstream v6.4 */
#include <net/pkt_sched.h>

void bp_probe(struct tc_taprio_caps *caps);
void bp_probe(struct tc_taprio_caps *caps)
{
	caps->gate_mask_per_txq = true;
}
