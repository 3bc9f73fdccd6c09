// Upstream: soc: qcom: qmi: use const for struct qmi_elem_info (the QMI helpers take const tables)
// Version: v6.1
// Decided-by: probe BPC_QMI_ELEM_INFO_CONST (compat/probes/qmi_elem_info_const.c)
// Subsystems: wireless
// Prefilter: qmi_elem_info
//
// 7.2's QMI clients (ath10k, ath11k, ath12k) declare their element tables const. Before
// 6.1, struct qmi_elem_info .ei_array, struct qmi_msg_handler .ei, qmi_txn_init() and
// qmi_send_*() all take plain pointers, so every table is a "discards const" warning
// there. The tables' type becomes bp_qmi_elem_info_t (compat/backport-include/linux/soc/
// qcom/qmi.h): const where the target's helpers take const, plain before. The encoder only
// reads the tables either way. Definitions, extern declarations, parameters and locals
// alike, so the types stay the same everywhere.

@@
typedef bp_qmi_elem_info_t;
@@
- const struct qmi_elem_info
+ bp_qmi_elem_info_t
