/* probe devlink_health_reporter_ops.default_graceful_period: upstream v6.18 (graceful period moved into the reporter ops) */
#include <net/devlink.h>

void bp_probe(struct devlink_health_reporter_ops *ops);
void bp_probe(struct devlink_health_reporter_ops *ops)
{
	ops->default_graceful_period = 500;
}
