/* linux/soc/qcom/qmi.h: the kernel's header plus QMI_SERVICE_ID_WLFW and the QMI element
 * table type bp_qmi_elem_info_t (ath10k, ath11k, ath12k). */
#ifndef __BACKPORT_LINUX_SOC_QCOM_QMI_H
#define __BACKPORT_LINUX_SOC_QCOM_QMI_H
#include_next <linux/soc/qcom/qmi.h>

/* QMI_SERVICE_ID_WLFW: newer than Linux 6.12 (not in Debian's 6.12.117), in 7.2 (the drivers
 * had their own copies before); a macro, so #ifndef is the probe */
#ifndef QMI_SERVICE_ID_WLFW
#define QMI_SERVICE_ID_WLFW 0x45
#endif

/* bp_qmi_elem_info_t: a QMI element table as the target's QMI helpers take it. Linux 6.1
 * made the tables const (struct qmi_elem_info .ei_array, struct qmi_msg_handler .ei,
 * qmi_txn_init(), qmi_send_*()); before, each is a plain pointer, so a 7.2 driver's const
 * tables are passed where a plain one is taken. The QMI encoder only reads the tables, so
 * on such kernels they simply are not const. Rule spatches/0350-qmi-elem-info-const writes
 * the type where 7.2 has a const table; probe qmi_elem_info_const
 * (BPC_QMI_ELEM_INFO_CONST). */
#ifdef BPC_QMI_ELEM_INFO_CONST
typedef const struct qmi_elem_info bp_qmi_elem_info_t;
#else
typedef struct qmi_elem_info bp_qmi_elem_info_t;
#endif

#endif /* __BACKPORT_LINUX_SOC_QCOM_QMI_H */
