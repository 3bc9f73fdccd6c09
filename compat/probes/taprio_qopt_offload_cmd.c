/* probe tc_taprio_qopt_offload.cmd (TAPRIO_CMD_REPLACE/_DESTROY/_STATS/_QUEUE_STATS, replacing .enable) and its .stats/.queue_stats: upstream v6.4-v6.5 */
#include <net/pkt_sched.h>

int bp_probe(struct tc_taprio_qopt_offload *q);
int bp_probe(struct tc_taprio_qopt_offload *q)
{
	return q->cmd == TAPRIO_CMD_QUEUE_STATS ? (int)q->queue_stats.stats.tx_overruns : (int)q->stats.tx_overruns;
}
