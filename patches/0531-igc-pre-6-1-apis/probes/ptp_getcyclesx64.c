/* probe ptp_clock_info.getcyclesx64 (free running cycle counter of a PHC): upstream v5.18 ("ptp: Support hardware clocks with additional free running cycle counter") */
#include <linux/ptp_clock_kernel.h>

static int bp_getcycles(struct ptp_clock_info *ptp, struct timespec64 *ts,
			struct ptp_system_timestamp *sts)
{
	return 0;
}

void bp_probe(struct ptp_clock_info *info);
void bp_probe(struct ptp_clock_info *info)
{
	info->getcyclesx64 = bp_getcycles;
}
