/* struct genl_split_ops passed to genl_family .pre_doit/.post_doit: Linux 6.2, "genetlink: use struct genl_split_ops in pre_doit/post_doit" era (split ops) */
#include <net/genetlink.h>

int bp_probe(const struct genl_split_ops *ops);
int bp_probe(const struct genl_split_ops *ops)
{
	return ops->internal_flags;
}
