/* mhi_power_down_keep_dev(): newer than Linux 6.1 (Debian 6.1.0-57 lacks it), present by 6.12 */
#include <linux/mhi.h>

void bp_probe(struct mhi_controller *mhi);
void bp_probe(struct mhi_controller *mhi)
{
	mhi_power_down_keep_dev(mhi, true);
}
