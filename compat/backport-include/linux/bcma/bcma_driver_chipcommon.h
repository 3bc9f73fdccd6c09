/* ChipCommon definitions brcmfmac 7.2 uses that older kernels' bcma_driver_chipcommon.h lacks;
 * macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_BCMA_DRIVER_CHIPCOMMON_H
#define __BACKPORT_LINUX_BCMA_DRIVER_CHIPCOMMON_H
#include_next <linux/bcma/bcma_driver_chipcommon.h>

/* BCMA_CC_SROM_CONTROL_OTP_PRESENT (brcmfmac's PCIe OTP read): newer than Linux 5.10, present by 6.1; a macro, so #ifndef is the probe */
#ifndef BCMA_CC_SROM_CONTROL_OTP_PRESENT
#define  BCMA_CC_SROM_CONTROL_OTP_PRESENT	0x00000020
#endif

#endif /* __BACKPORT_LINUX_BCMA_DRIVER_CHIPCOMMON_H */
