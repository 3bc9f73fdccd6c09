/* probe ptp_clock_info.supported_extts_flags/.supported_perout_flags: upstream v6.15 */
#include <linux/ptp_clock_kernel.h>

void bp_probe(struct ptp_clock_info *info);
void bp_probe(struct ptp_clock_info *info)
{
	info->supported_extts_flags = PTP_RISING_EDGE;
	info->supported_perout_flags = 0;
}
