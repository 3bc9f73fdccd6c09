/* <net/inet_hashtables.h>: inet_lookup_established() without the hashinfo argument,
 * guarded by BPC_INET_LOOKUP_ESTABLISHED_NO_HASHINFO. */
#ifndef __BACKPORT_NET_INET_HASHTABLES_H
#define __BACKPORT_NET_INET_HASHTABLES_H
#include_next <net/inet_hashtables.h>

/* inet_lookup_established(net, saddr, sport, daddr, dport, dif): newer than Linux 6.12, the
 * lookup always searches the netns's TCP table, net->ipv4.tcp_death_row.hashinfo, which
 * callers passed before (nfp and mlx5 kTLS Rx resync); probe
 * inet_lookup_established_no_hashinfo.  A function-like macro of the new arity over the
 * target's inline; the target's own headers are parsed before it. */
#ifndef BPC_INET_LOOKUP_ESTABLISHED_NO_HASHINFO
#define inet_lookup_established(net, saddr, sport, daddr, dport, dif)			\
	inet_lookup_established(net, (net)->ipv4.tcp_death_row.hashinfo, saddr, sport,	\
				daddr, dport, dif)
#endif

#endif /* __BACKPORT_NET_INET_HASHTABLES_H */
