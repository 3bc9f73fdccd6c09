/* probe devl_param_value_changed(): upstream v6.3 (devlink_param_value_changed() renamed, called with the instance lock held) */
#include <net/devlink.h>

void bp_probe(struct devlink *devlink, u32 id);
void bp_probe(struct devlink *devlink, u32 id)
{
	devl_param_value_changed(devlink, id);
}
