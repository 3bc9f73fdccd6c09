/* probe devl_param_driverinit_value_get(): upstream v6.3 (devlink_param_driverinit_value_get() renamed, called with the instance lock held) */
#include <net/devlink.h>

int bp_probe(struct devlink *devlink, u32 id, union devlink_param_value *val);
int bp_probe(struct devlink *devlink, u32 id, union devlink_param_value *val)
{
	return devl_param_driverinit_value_get(devlink, id, val);
}
