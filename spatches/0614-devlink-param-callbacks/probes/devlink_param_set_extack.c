/* probe devlink_param.set(devlink, id, ctx, extack): upstream v6.7 (5625ca5640ca "devlink: pass extack through to devlink_param::set()") */
#include <net/devlink.h>

int bp_probe_set(struct devlink *devlink, u32 id, struct devlink_param_gset_ctx *ctx,
		 struct netlink_ext_ack *extack);
void bp_probe(struct devlink_param *p);
void bp_probe(struct devlink_param *p)
{
	p->set = bp_probe_set;
}
