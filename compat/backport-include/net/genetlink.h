/* struct genl_split_ops: Linux 6.2 (split genetlink ops); guarded by BPC_GENL_SPLIT_OPS.
 * Before it, pre_doit/post_doit took the struct genl_ops, which carries the
 * same internal_flags, so the name alone is mapped. */
#ifndef __BACKPORT_NET_GENETLINK_H
#define __BACKPORT_NET_GENETLINK_H
#include_next <net/genetlink.h>

#ifndef BPC_GENL_SPLIT_OPS
#define genl_split_ops genl_ops
#endif /* BPC_GENL_SPLIT_OPS */

#endif /* __BACKPORT_NET_GENETLINK_H */
