/* linux/mhi.h: the kernel's MHI bus header plus the calls ath11k/ath12k make that older
 * MHI cores lack. */
#ifndef __BACKPORT_LINUX_MHI_H
#define __BACKPORT_LINUX_MHI_H
#include_next <linux/mhi.h>

/* mhi_power_down_keep_dev(): newer than Linux 6.1, present by 6.12; probe
 * mhi_power_down_keep_dev.  Degraded to mhi_power_down(): the MHI channel devices are
 * removed at suspend and created again at resume (as on the kernels before it); the
 * controller itself stays. */
#ifndef BPC_MHI_POWER_DOWN_KEEP_DEV
static inline void mhi_power_down_keep_dev(struct mhi_controller *mhi_cntrl, bool graceful)
{
	mhi_power_down(mhi_cntrl, graceful);
}
#endif

#endif /* __BACKPORT_LINUX_MHI_H */
