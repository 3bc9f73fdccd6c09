// SPDX-License-Identifier: BSD-3-Clause-Clear
/* Trimmed from drivers/net/wireless/ath/ath11k/qmi.c and ath10k/qmi_wlfw_v01.h (7.2.13). */
#include <linux/soc/qcom/qmi.h>

struct qmi_wlanfw_mem_cfg_s_v01 {
	u64 offset;
	u32 size;
};

struct qmi_wlanfw_mem_seg_s_v01 {
	u32 size;
	u32 mem_cfg_len;
	struct qmi_wlanfw_mem_cfg_s_v01 mem_cfg[2];
};

/* a header's declaration */
extern const struct qmi_elem_info wlfw_ind_register_req_msg_v01_ei[];

static const struct qmi_elem_info qmi_wlanfw_mem_cfg_s_v01_ei[] = {
	{
		.data_type	= QMI_UNSIGNED_8_BYTE,
		.elem_len	= 1,
		.elem_size	= sizeof(u64),
		.array_type	= NO_ARRAY,
		.tlv_type	= 0,
		.offset		= offsetof(struct qmi_wlanfw_mem_cfg_s_v01, offset),
	},
	{
		.data_type	= QMI_EOTI,
		.array_type	= NO_ARRAY,
		.tlv_type	= QMI_COMMON_TLV_TYPE,
	},
};

const struct qmi_elem_info qmi_wlanfw_mem_seg_s_v01_ei[] = {
	{
		.data_type	= QMI_STRUCT,
		.elem_len	= 2,
		.elem_size	= sizeof(struct qmi_wlanfw_mem_cfg_s_v01),
		.array_type	= VAR_LEN_ARRAY,
		.tlv_type	= 0,
		.offset		= offsetof(struct qmi_wlanfw_mem_seg_s_v01, mem_cfg),
		.ei_array	= qmi_wlanfw_mem_cfg_s_v01_ei,
	},
	{
		.data_type	= QMI_EOTI,
		.array_type	= NO_ARRAY,
		.tlv_type	= QMI_COMMON_TLV_TYPE,
	},
};

static int ath11k_qmi_send(struct qmi_handle *handle, struct sockaddr_qrtr *sq,
			   int msg_id, size_t len,
			   const struct qmi_elem_info *ei, void *req)
{
	struct qmi_txn txn;
	int ret;

	ret = qmi_txn_init(handle, &txn, qmi_wlanfw_mem_seg_s_v01_ei, NULL);
	if (ret < 0)
		return ret;

	return qmi_send_request(handle, sq, &txn, msg_id, len, ei, req);
}

static const struct qmi_msg_handler ath11k_qmi_msg_handlers[] = {
	{
		.type = QMI_INDICATION,
		.msg_id = 0x0035,
		.ei = qmi_wlanfw_mem_seg_s_v01_ei,
		.decoded_size = sizeof(struct qmi_wlanfw_mem_seg_s_v01),
	},
	{
		/* terminating entry */
	}
};
