/* probe devl_lock()/devl_unlock() (the devlink instance lock for drivers): newer than Linux 5.10, in 6.1 */
#include <net/devlink.h>

void bp_probe(struct devlink *devlink);
void bp_probe(struct devlink *devlink)
{
	devl_lock(devlink);
	devl_unlock(devlink);
}
