/* <net/flow.h>: flowi4_dscp, guarded by BPC_FLOWI4_DSCP. */
#ifndef __BACKPORT_NET_FLOW_H
#define __BACKPORT_NET_FLOW_H
#include_next <net/flow.h>

/* struct flowi4.flowi4_dscp: newer than Linux 6.12 (a dscp_t replaced the u8 flowi4_tos).
 * A dscp_t is the DS field with the ECN bits clear, in place, so storing it in flowi4_tos is
 * the lookup the older kernel's callers asked for (its route lookup masks the TOS itself);
 * the drivers (sfc, mlx5 tunnel encap routes) store inet_dsfield_to_dscp() values; probe
 * flowi4_dscp */
#ifndef BPC_FLOWI4_DSCP
#define flowi4_dscp flowi4_tos
#endif

#endif /* __BACKPORT_NET_FLOW_H */
