/* linux/mmc/core.h: the kernel's header; mmc_hw_reset() by card for older kernels. */
#ifndef __BACKPORT_LINUX_MMC_CORE_H
#define __BACKPORT_LINUX_MMC_CORE_H
#include_next <linux/mmc/core.h>

/* mmc_hw_reset(card): newer than Linux 5.10 (which resets a host), present by 6.1; probe
 * mmc_hw_reset_card.  The card's host is what the old call resets (ath10k, brcmfmac,
 * mwifiex, wlcore SDIO); callers include <linux/mmc/card.h>. */
#ifndef BPC_MMC_HW_RESET_CARD
#define mmc_hw_reset(card) mmc_hw_reset((card)->host)
#endif

#endif /* __BACKPORT_LINUX_MMC_CORE_H */
