/* probe devl_params_register()/devl_params_unregister(): upstream v6.3 (params registered with the instance lock held; before, devlink_params_register()) */
#include <net/devlink.h>

int bp_probe(struct devlink *devlink, const struct devlink_param *params, size_t count);
int bp_probe(struct devlink *devlink, const struct devlink_param *params, size_t count)
{
	devl_params_unregister(devlink, params, count);
	return devl_params_register(devlink, params, count);
}
