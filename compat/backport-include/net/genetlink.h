/* struct genl_split_ops: Linux 6.2 (split genetlink ops); guarded by BPC_GENL_SPLIT_OPS.
 * Before it, pre_doit/post_doit took the struct genl_ops, which carries the
 * same internal_flags, so the name alone is mapped. */
#ifndef __BACKPORT_NET_GENETLINK_H
#define __BACKPORT_NET_GENETLINK_H
#include_next <net/genetlink.h>

/* struct genl_split_ops: Linux 6.2 (split genetlink ops); probe genl_split_ops (BPC_GENL_SPLIT_OPS) */
#ifndef BPC_GENL_SPLIT_OPS
#define genl_split_ops genl_ops
#endif /* BPC_GENL_SPLIT_OPS */

/* genlmsg_multicast_allns() without gfp flags (always atomic): upstream v6.10, also in
 * Debian's later 5.10 stable trees; probe genlmsg_multicast_allns_no_flags */
#ifndef BPC_GENLMSG_MULTICAST_ALLNS_NO_FLAGS
static inline int backport_genlmsg_multicast_allns(const struct genl_family *family,
						   struct sk_buff *skb, u32 portid,
						   unsigned int group)
{
	return genlmsg_multicast_allns(family, skb, portid, group, GFP_ATOMIC);
}
#define genlmsg_multicast_allns backport_genlmsg_multicast_allns
#endif /* BPC_GENLMSG_MULTICAST_ALLNS_NO_FLAGS */

#endif /* __BACKPORT_NET_GENETLINK_H */
