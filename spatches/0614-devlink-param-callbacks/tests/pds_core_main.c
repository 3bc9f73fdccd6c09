// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/amd/pds_core/main.c (v7.2.13): callbacks defined in devlink.c */
static const struct devlink_param pdsc_dl_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_VNET,
			      BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			      pdsc_dl_enable_get,
			      pdsc_dl_enable_set,
			      pdsc_dl_enable_validate),
};
