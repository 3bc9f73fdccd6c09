// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/amazon/ena/ena_devlink.c (v7.2.13): NULL get/set, a validate */
static int ena_devlink_enable_phc_validate(struct devlink *devlink, u32 id,
					   union devlink_param_value *val,
					   struct netlink_ext_ack *extack)
{
	return 0;
}

static int bp_devlink_param_wrappers_ena_devlink_params __maybe_unused;
#ifdef BPC_DEVLINK_PARAM_VALIDATE_PTR
#define bp_ena_devlink_enable_phc_validate ena_devlink_enable_phc_validate
#else
static int bp_ena_devlink_enable_phc_validate(struct devlink *devlink, u32 id,
		union devlink_param_value val, struct netlink_ext_ack *extack)
{
	return ena_devlink_enable_phc_validate(devlink, id, &val, extack);
}
#endif
static int bp_devlink_param_wrappers_ena_devlink_params;
static const struct devlink_param ena_devlink_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_PHC,
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      NULL,
			      NULL,
			      bp_ena_devlink_enable_phc_validate),
};
