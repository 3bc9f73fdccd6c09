/* QMI_SERVICE_ID_WLFW: a service id qmi.h gained after 6.12 (not in Debian's 6.12 trees; the drivers had
 * their own copies before); macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_SOC_QCOM_QMI_H
#define __BACKPORT_LINUX_SOC_QCOM_QMI_H
#include_next <linux/soc/qcom/qmi.h>

/* QMI_SERVICE_ID_WLFW: newer than Linux 6.12 (not in Debian's 6.12.117), in 7.2; a macro, so #ifndef is the probe */
#ifndef QMI_SERVICE_ID_WLFW
#define QMI_SERVICE_ID_WLFW 0x45
#endif

#endif /* __BACKPORT_LINUX_SOC_QCOM_QMI_H */
