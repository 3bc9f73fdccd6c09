/* probe genl_info_dump() / genlmsg_iput(): upstream v6.6 (genetlink info for dumps) */
#include <net/genetlink.h>

void *bp_probe(struct netlink_callback *cb, struct sk_buff *skb);
void *bp_probe(struct netlink_callback *cb, struct sk_buff *skb)
{
	const struct genl_info *info = genl_info_dump(cb);

	return genlmsg_iput(skb, info);
}
