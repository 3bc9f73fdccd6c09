/* probe tc_taprio_qopt_offload.mqprio (the mqprio queue configuration, with .extack and .preemptible_tcs) and tc_mqprio_caps: upstream v6.4-v6.5 */
#include <net/pkt_sched.h>

unsigned long bp_probe(struct tc_taprio_qopt_offload *q, struct tc_mqprio_caps *caps);
unsigned long bp_probe(struct tc_taprio_qopt_offload *q, struct tc_mqprio_caps *caps)
{
	caps->validate_queue_counts = true;
	return q->mqprio.preemptible_tcs + (q->mqprio.extack != NULL) + (q->extack != NULL);
}
