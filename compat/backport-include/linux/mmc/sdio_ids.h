/* SDIO ids brcmfmac 7.2 matches that older kernels' sdio_ids.h lacks (Debian's 6.1 has none
 * of these, 6.12 lacks 43751); macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_MMC_SDIO_IDS_H
#define __BACKPORT_LINUX_MMC_SDIO_IDS_H
#include_next <linux/mmc/sdio_ids.h>

/* SDIO_DEVICE_ID_BROADCOM_43439: newer than Linux 6.1, present by 6.12; a macro, so #ifndef is the probe */
#ifndef SDIO_DEVICE_ID_BROADCOM_43439
#define SDIO_DEVICE_ID_BROADCOM_43439		0xa9af
#endif
/* SDIO_DEVICE_ID_BROADCOM_43751: newer than Linux 6.12 (not in Debian's 6.12.117), in 7.2; a macro, so #ifndef is the probe */
#ifndef SDIO_DEVICE_ID_BROADCOM_43751
#define SDIO_DEVICE_ID_BROADCOM_43751		0xaae7
#endif
/* SDIO_VENDOR_ID_CYPRESS: newer than Linux 6.1, present by 6.12; a macro, so #ifndef is the probe */
#ifndef SDIO_VENDOR_ID_CYPRESS
#define SDIO_VENDOR_ID_CYPRESS			0x04b4
#endif

#endif /* __BACKPORT_LINUX_MMC_SDIO_IDS_H */
