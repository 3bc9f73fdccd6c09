/* net/cfg80211.h (the release's own, from 7.2) plus what the target's RCU macros need. */
#ifndef __BACKPORT_NET_CFG80211_H
#define __BACKPORT_NET_CFG80211_H
#include_next <net/cfg80211.h>

/* Before Linux 5.11, RCU_LOCKDEP_WARN() without CONFIG_PROVE_RCU drops its condition (probe
 * rcu_lockdep_warn_cond), so a wiphy named only in wiphy_dereference()'s lockdep condition
 * is an unused variable (mac80211's link.c and cfg.c, iwlmld's mlo.c on 5.10). The same
 * macro, naming the wiphy once more: no code is generated for it. */
#ifndef BPC_RCU_LOCKDEP_WARN_COND
#undef wiphy_dereference
#define wiphy_dereference(wiphy, p) \
	({ (void)(wiphy); rcu_dereference_protected(p, lockdep_is_held(&(wiphy)->mtx)); })
#endif /* BPC_RCU_LOCKDEP_WARN_COND */

#endif /* __BACKPORT_NET_CFG80211_H */
