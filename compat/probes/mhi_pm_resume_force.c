/* mhi_pm_resume_force(): Linux 5.15, "bus: mhi: core: Add support for forced PM resume" (Debian 5.10.0-46 lacks it, 6.1 has it) */
/* ath11k_pci and ath12k drive their devices through the MHI host core; on a core without
 * it (also without mhi_controller .irq_flags and mhi_download_rddm_image()) they are
 * switched off (compat/dependencies). */
#include <linux/mhi.h>

int bp_probe(struct mhi_controller *mhi);
int bp_probe(struct mhi_controller *mhi)
{
	mhi->irq_flags = 0;
	return mhi_pm_resume_force(mhi);
}
