static int bp_devlink_param_wrappers_mlx4_devlink_params __maybe_unused;
#ifdef BPC_DEVLINK_PARAM_GET_EXTACK
#define bp_mlx4_devlink_crdump_snapshot_get mlx4_devlink_crdump_snapshot_get
#else
static int bp_mlx4_devlink_crdump_snapshot_get(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return mlx4_devlink_crdump_snapshot_get(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_GET_EXTACK
#define bp_mlx4_devlink_ierr_reset_get mlx4_devlink_ierr_reset_get
#else
static int bp_mlx4_devlink_ierr_reset_get(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return mlx4_devlink_ierr_reset_get(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_SET_EXTACK
#define bp_mlx4_devlink_crdump_snapshot_set mlx4_devlink_crdump_snapshot_set
#else
static int bp_mlx4_devlink_crdump_snapshot_set(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return mlx4_devlink_crdump_snapshot_set(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_SET_EXTACK
#define bp_mlx4_devlink_ierr_reset_set mlx4_devlink_ierr_reset_set
#else
static int bp_mlx4_devlink_ierr_reset_set(struct devlink *devlink, u32 id,
		struct devlink_param_gset_ctx *ctx)
{
	return mlx4_devlink_ierr_reset_set(devlink, id, ctx, NULL);
}
#endif
#ifdef BPC_DEVLINK_PARAM_VALIDATE_PTR
#define bp_mlx4_devlink_max_macs_validate mlx4_devlink_max_macs_validate
#else
static int bp_mlx4_devlink_max_macs_validate(struct devlink *devlink, u32 id,
		union devlink_param_value val, struct netlink_ext_ack *extack)
{
	return mlx4_devlink_max_macs_validate(devlink, id, &val, extack);
}
#endif
static int bp_devlink_param_wrappers_mlx4_devlink_params;
// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/mellanox/mlx4/main.c (v7.2.13): several entries, NULL callbacks */
static const struct devlink_param mlx4_devlink_params[] = {
	DEVLINK_PARAM_GENERIC(INT_ERR_RESET,
			      BIT(DEVLINK_PARAM_CMODE_RUNTIME) |
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      bp_mlx4_devlink_ierr_reset_get,
			      bp_mlx4_devlink_ierr_reset_set, NULL),
	DEVLINK_PARAM_GENERIC(MAX_MACS,
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      NULL, NULL, bp_mlx4_devlink_max_macs_validate),
	DEVLINK_PARAM_GENERIC(REGION_SNAPSHOT,
			      BIT(DEVLINK_PARAM_CMODE_RUNTIME) |
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      bp_mlx4_devlink_crdump_snapshot_get,
			      bp_mlx4_devlink_crdump_snapshot_set, NULL),
	DEVLINK_PARAM_DRIVER(MLX4_DEVLINK_PARAM_ID_ENABLE_64B_CQE_EQE,
			     "enable_64b_cqe_eqe", DEVLINK_PARAM_TYPE_BOOL,
			     BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			     NULL, NULL, NULL),
	DEVLINK_PARAM_DRIVER(MLX4_DEVLINK_PARAM_ID_ENABLE_4K_UAR,
			     "enable_4k_uar", DEVLINK_PARAM_TYPE_BOOL,
			     BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			     NULL, NULL, NULL),
};
