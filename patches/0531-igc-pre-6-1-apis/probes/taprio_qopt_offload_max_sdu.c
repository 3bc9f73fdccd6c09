/* probe tc_taprio_qopt_offload.max_sdu[] (per traffic class max SDU): upstream v6.1 ("net/sched: taprio: allow user input of per-tc max SDU") */
#include <net/pkt_sched.h>

u32 bp_probe(struct tc_taprio_qopt_offload *qopt);
u32 bp_probe(struct tc_taprio_qopt_offload *qopt)
{
	return qopt->max_sdu[0];
}
