/* probe devlink_param.validate(devlink, id, union devlink_param_value *, extack): newer than Linux 6.12 (value by pointer) */
#include <net/devlink.h>

int bp_probe_validate(struct devlink *devlink, u32 id, union devlink_param_value *val,
		      struct netlink_ext_ack *extack);
void bp_probe(struct devlink_param *p);
void bp_probe(struct devlink_param *p)
{
	p->validate = bp_probe_validate;
}
