/* probe devlink_param.get(devlink, id, ctx, extack): newer than Linux 6.12 (get callback gained an extack) */
#include <net/devlink.h>

int bp_probe_get(struct devlink *devlink, u32 id, struct devlink_param_gset_ctx *ctx,
		 struct netlink_ext_ack *extack);
void bp_probe(struct devlink_param *p);
void bp_probe(struct devlink_param *p)
{
	p->get = bp_probe_get;
}
