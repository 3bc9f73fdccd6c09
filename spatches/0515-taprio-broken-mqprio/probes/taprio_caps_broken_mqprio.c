/* probe struct tc_taprio_caps .broken_mqprio: upstream v6.4 */
#include <net/pkt_sched.h>

void bp_probe(struct tc_taprio_caps *caps);
void bp_probe(struct tc_taprio_caps *caps)
{
	caps->broken_mqprio = true;
}
