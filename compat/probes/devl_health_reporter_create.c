/* probe devl_health_reporter_create()/devl_health_reporter_destroy(): upstream v6.3 (health reporters created with the instance lock held; before, devlink_health_reporter_create()) */
#include <net/devlink.h>

void bp_probe(struct devlink_health_reporter *reporter);
void bp_probe(struct devlink_health_reporter *reporter)
{
	devl_health_reporter_destroy(reporter);
}
