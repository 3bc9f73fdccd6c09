/* probe the node_stat_item counters NR_GPU_ACTIVE/NR_GPU_RECLAIM: newer than Linux 6.12 (in 7.2; TTM's pool accounts its pages per node) */
#include <linux/mmzone.h>

int bp_probe(void);
int bp_probe(void)
{
	return NR_GPU_ACTIVE + NR_GPU_RECLAIM;
}
