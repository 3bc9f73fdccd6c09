/* <net/dropreason.h>: Linux 6.0 (split out of <linux/skbuff.h>); guarded by BPC_NET_DROPREASON_H (otherwise the older home of its contents);
 * drop reason subsystems (6.4, BPC_DROP_REASON_SUBSYS) and SKB_CONSUMED (BPC_SKB_CONSUMED) */
#ifndef __BACKPORT_NET_DROPREASON_H
#define __BACKPORT_NET_DROPREASON_H

/* <net/dropreason.h>: Linux 6.0 (split out of <linux/skbuff.h>); probe net_dropreason_h (BPC_NET_DROPREASON_H) (otherwise the older home of its contents) */
#ifdef BPC_NET_DROPREASON_H
#include_next <net/dropreason.h>
#else
#include <linux/skbuff.h>
#endif /* BPC_NET_DROPREASON_H */

/* kfree_skb_reason() and enum skb_drop_reason: Linux 5.17; guarded by
 * BPC_KFREE_SKB_REASON.  Before them a drop is just kfree_skb(). */
#ifndef BPC_KFREE_SKB_REASON
enum skb_drop_reason {
	SKB_NOT_DROPPED_YET = 0,
	SKB_DROP_REASON_NOT_SPECIFIED = 2,
	SKB_DROP_REASON_MAX = 3,
};
#define kfree_skb_reason(skb, reason) kfree_skb(skb)
#endif /* BPC_KFREE_SKB_REASON */


/* drop reason subsystems: Linux 6.4 ("net: extend drop reasons for multiple
 * subsystems"); guarded by BPC_DROP_REASON_SUBSYS.  Without them mac80211's
 * reasons are passed to kfree_skb_reason() unregistered (tracing shows the
 * number only). */
#ifndef BPC_DROP_REASON_SUBSYS
#include <linux/types.h>
#define SKB_DROP_REASON_SUBSYS_SHIFT	16
#define SKB_DROP_REASON_SUBSYS_MASK	0xffff0000
#define SKB_DROP_REASON_SUBSYS_CORE	0
#define SKB_DROP_REASON_SUBSYS_MAC80211_UNUSABLE 1
struct drop_reason_list {
	const char * const *reasons;
	size_t n_reasons;
};
static inline void drop_reasons_register_subsys(int subsys,
						const struct drop_reason_list *list)
{
}
static inline void drop_reasons_unregister_subsys(int subsys)
{
}
#endif /* BPC_DROP_REASON_SUBSYS */

/* SKB_CONSUMED: guarded by BPC_SKB_CONSUMED; before it there is no "consumed"
 * reason, the closest is "not specified". */
/* SKB_CONSUMED: newer than Linux 6.1, present by 6.12; probe skb_consumed */
#ifndef BPC_SKB_CONSUMED
#define SKB_CONSUMED SKB_DROP_REASON_NOT_SPECIFIED
#endif /* BPC_SKB_CONSUMED */

#endif /* __BACKPORT_NET_DROPREASON_H */
