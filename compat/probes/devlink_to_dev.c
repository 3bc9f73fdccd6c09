/* devlink_to_dev(): upstream v5.16 (struct devlink made private; its device through an accessor) */
#include <net/devlink.h>

struct device *bp_probe(const struct devlink *devlink);
struct device *bp_probe(const struct devlink *devlink)
{
	return devlink_to_dev(devlink);
}
