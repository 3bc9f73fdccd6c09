/* probe genl_family.pre_doit taking struct genl_split_ops: upstream v6.2 ("genetlink: introduce split op representation") */
#include <net/genetlink.h>

static int bp_probe_pre_doit(const struct genl_split_ops *ops, struct sk_buff *skb,
			     struct genl_info *info)
{
	return 0;
}

struct genl_family bp_probe_family;
struct genl_family bp_probe_family = {
	.pre_doit = bp_probe_pre_doit,
};
