/* probe struct devlink_region_ops .read (direct reads of a region without a snapshot): newer than Linux 6.1, in 6.12 */
#include <net/devlink.h>

int bp_probe(const struct devlink_region_ops *ops);
int bp_probe(const struct devlink_region_ops *ops)
{
	return ops->read != NULL;
}
