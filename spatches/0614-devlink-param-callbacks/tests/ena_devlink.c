// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/amazon/ena/ena_devlink.c (v7.2.13): NULL get/set, a validate */
static int ena_devlink_enable_phc_validate(struct devlink *devlink, u32 id,
					   union devlink_param_value *val,
					   struct netlink_ext_ack *extack)
{
	return 0;
}

static const struct devlink_param ena_devlink_params[] = {
	DEVLINK_PARAM_GENERIC(ENABLE_PHC,
			      BIT(DEVLINK_PARAM_CMODE_DRIVERINIT),
			      NULL,
			      NULL,
			      ena_devlink_enable_phc_validate),
};
