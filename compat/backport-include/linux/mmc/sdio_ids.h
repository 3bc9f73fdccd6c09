/* SDIO ids brcmfmac and rtw88 7.2 match that older kernels' sdio_ids.h lacks (Debian's 6.1 has none
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

/* Realtek SDIO ids (rtw88 SDIO chips): newer than Linux 6.1 (Debian 6.1.0-57 has none), present by 6.12; macros, so #ifndef is the probe */
#ifndef SDIO_VENDOR_ID_REALTEK
#define SDIO_VENDOR_ID_REALTEK	0x024c
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8723BS
#define SDIO_DEVICE_ID_REALTEK_RTW8723BS	0xb723
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8821BS
#define SDIO_DEVICE_ID_REALTEK_RTW8821BS	0xb821
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8822BS
#define SDIO_DEVICE_ID_REALTEK_RTW8822BS	0xb822
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8821CS
#define SDIO_DEVICE_ID_REALTEK_RTW8821CS	0xc821
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8822CS
#define SDIO_DEVICE_ID_REALTEK_RTW8822CS	0xc822
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8723DS_2ANT
#define SDIO_DEVICE_ID_REALTEK_RTW8723DS_2ANT	0xd723
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8723DS_1ANT
#define SDIO_DEVICE_ID_REALTEK_RTW8723DS_1ANT	0xd724
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8821DS
#define SDIO_DEVICE_ID_REALTEK_RTW8821DS	0xd821
#endif
#ifndef SDIO_DEVICE_ID_REALTEK_RTW8723CS
#define SDIO_DEVICE_ID_REALTEK_RTW8723CS	0xb703
#endif
/* SDIO_DEVICE_ID_BROADCOM_43752 (brcmfmac), SDIO_DEVICE_ID_MARVELL_8978_WLAN (mwifiex): newer than Linux 5.10, present by 6.1; macros, so #ifndef is the probe */
#ifndef SDIO_DEVICE_ID_BROADCOM_43752
#define SDIO_DEVICE_ID_BROADCOM_43752		0xaae8
#endif
#ifndef SDIO_DEVICE_ID_MARVELL_8978_WLAN
#define SDIO_DEVICE_ID_MARVELL_8978_WLAN	0x9159
#endif
/* SDIO_DEVICE_ID_BROADCOM_CYPRESS_43439 (brcmfmac bcmsdh.c): newer than Linux 5.10 (Debian
 * 5.10.0-46 lacks it), present by 6.1; a macro, so #ifndef is the probe */
#ifndef SDIO_DEVICE_ID_BROADCOM_CYPRESS_43439
#define SDIO_DEVICE_ID_BROADCOM_CYPRESS_43439	0xbd3d
#endif

#endif /* __BACKPORT_LINUX_MMC_SDIO_IDS_H */
