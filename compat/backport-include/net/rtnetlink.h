/* struct rtnl_newlink_params, rtnl_newlink_link_net(), rtnl_newlink_peer_net(): upstream
 * v6.14, commit 69c7be1b903f ("rtnetlink: Pack newlink() params into struct") and its
 * series; probe rtnl_newlink_params (BPC_RTNL_NEWLINK_PARAMS). Drivers' newlink() takes
 * the struct; SmPL rule 0343-rtnl-newlink-params wraps it in the old signature. */
#ifndef __BACKPORT_NET_RTNETLINK_H
#define __BACKPORT_NET_RTNETLINK_H
#include_next <net/rtnetlink.h>

/* struct rtnl_newlink_params: Linux 6.14; probe rtnl_newlink_params */
#ifndef BPC_RTNL_NEWLINK_PARAMS
struct rtnl_newlink_params {
	struct net *src_net;
	struct net *link_net;
	struct net *peer_net;
	struct nlattr **tb;
	struct nlattr **data;
};

static inline struct net *rtnl_newlink_link_net(struct rtnl_newlink_params *p)
{
	return p->link_net ? : p->src_net;
}

static inline struct net *rtnl_newlink_peer_net(struct rtnl_newlink_params *p)
{
	return p->peer_net ? : rtnl_newlink_link_net(p);
}
#endif /* BPC_RTNL_NEWLINK_PARAMS */

#endif /* __BACKPORT_NET_RTNETLINK_H */
