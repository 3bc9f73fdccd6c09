/* probe __inet6_lookup_established(net, saddr, sport, daddr, hnum, dif, sdif) without the hashinfo argument: newer than Linux 6.12 */
#include <net/inet6_hashtables.h>

struct sock *bp_probe(struct net *net, const struct in6_addr *a);
struct sock *bp_probe(struct net *net, const struct in6_addr *a)
{
	return __inet6_lookup_established(net, a, 0, a, 0, 0, 0);
}
