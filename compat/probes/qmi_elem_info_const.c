/* probe the QMI helpers taking const struct qmi_elem_info tables: Linux 6.1 ("soc: qcom: qmi: use const for struct qmi_elem_info") */
#include <linux/soc/qcom/qmi.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct qmi_elem_info *)0)->ei_array),
					    const struct qmi_elem_info *),
	       "struct qmi_elem_info .ei_array is not a pointer to const");
_Static_assert(__builtin_types_compatible_p(typeof(((struct qmi_msg_handler *)0)->ei),
					    const struct qmi_elem_info *),
	       "struct qmi_msg_handler .ei is not a pointer to const");

int (*bp_probe)(struct qmi_handle *qmi, struct qmi_txn *txn,
		const struct qmi_elem_info *ei, void *c_struct) = qmi_txn_init;
