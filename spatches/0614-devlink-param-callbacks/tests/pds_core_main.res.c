static int bp_devlink_param_wrappers_pdsc_dl_params __maybe_unused;
#ifdef BPC_DEVLINK_PARAM_GET_EXTACK
#define bp_pdsc_dl_enable_get pdsc_dl_enable_get
#else
static int bp_pdsc_dl_enable_get(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return pdsc_dl_enable_get(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_SET_EXTACK
#define bp_pdsc_dl_enable_set pdsc_dl_enable_set
#else
static int bp_pdsc_dl_enable_set(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return pdsc_dl_enable_set(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_VALIDATE_PTR
#define bp_pdsc_dl_enable_validate pdsc_dl_enable_validate
#else
static int bp_pdsc_dl_enable_validate(struct devlink *devlink, u32 id,
		union devlink_param_value val, struct netlink_ext_ack *extack)
{
	return pdsc_dl_enable_validate(devlink, id, &val, extack);
}
#endif
static int bp_devlink_param_wrappers_pdsc_dl_params;
// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/amd/pds_core/main.c (v7.2.13): callbacks defined in devlink.c */
static const struct devlink_param pdsc_dl_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_VNET,
			      BIT(DEVLINK_PARAM_CMODE_RUNTIME),
			      bp_pdsc_dl_enable_get,
			      bp_pdsc_dl_enable_set,
			      bp_pdsc_dl_enable_validate),
};
