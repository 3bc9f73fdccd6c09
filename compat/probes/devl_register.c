/* probe devl_register()/devl_unregister(): upstream v6.3 (register a devlink instance with its lock held) */
#include <net/devlink.h>

void bp_probe(struct devlink *devlink);
void bp_probe(struct devlink *devlink)
{
	devl_register(devlink);
	devl_unregister(devlink);
}
