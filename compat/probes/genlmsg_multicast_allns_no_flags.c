/* genlmsg_multicast_allns() without the gfp flags argument: Linux 6.10 (Debian's later 5.10 stable trees have it, 5.10.0-30 not) */
#include <net/genetlink.h>

int bp_probe(const struct genl_family *family, struct sk_buff *skb);
int bp_probe(const struct genl_family *family, struct sk_buff *skb)
{
	return genlmsg_multicast_allns(family, skb, 0, 0);
}
