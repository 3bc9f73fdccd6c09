/* <net/inet6_hashtables.h>: __inet6_lookup_established() without the hashinfo argument,
 * guarded by BPC_INET6_LOOKUP_ESTABLISHED_NO_HASHINFO. */
#ifndef __BACKPORT_NET_INET6_HASHTABLES_H
#define __BACKPORT_NET_INET6_HASHTABLES_H
#include_next <net/inet6_hashtables.h>

/* __inet6_lookup_established(net, saddr, sport, daddr, hnum, dif, sdif): newer than
 * Linux 6.12 (the lookup searches net->ipv4.tcp_death_row.hashinfo itself; before, the
 * callers passed it); probe inet6_lookup_established_no_hashinfo.  A function-like macro of the new
 * arity; the target's header, which calls the 8-argument form, is parsed before it. */
#ifndef BPC_INET6_LOOKUP_ESTABLISHED_NO_HASHINFO
#define __inet6_lookup_established(net, saddr, sport, daddr, hnum, dif, sdif)		\
	__inet6_lookup_established(net, (net)->ipv4.tcp_death_row.hashinfo, saddr,	\
				   sport, daddr, hnum, dif, sdif)
#endif

#endif /* __BACKPORT_NET_INET6_HASHTABLES_H */
