/* probe devl_param_driverinit_value_set(devlink, id, union devlink_param_value) (by value): upstream v6.3; before, only devlink_param_driverinit_value_set() */
#include <net/devlink.h>

void (*bp_probe)(struct devlink *devlink, u32 param_id, union devlink_param_value init_val);
void (*bp_probe)(struct devlink *devlink, u32 param_id, union devlink_param_value init_val) = devl_param_driverinit_value_set;
