/* probe devlink_alloc(ops, priv_size, dev): upstream v5.15 ("devlink: Set device as early as possible") */
#include <net/devlink.h>

struct devlink *bp_probe(const struct devlink_ops *ops, struct device *dev);
struct devlink *bp_probe(const struct devlink_ops *ops, struct device *dev)
{
	return devlink_alloc(ops, 0, dev);
}
