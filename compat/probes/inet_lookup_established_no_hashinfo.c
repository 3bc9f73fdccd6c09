/* probe inet_lookup_established(net, saddr, sport, daddr, dport, dif) without the hashinfo argument (the TCP table of the netns): newer than Linux 6.12 */
#include <net/inet_hashtables.h>

struct sock *bp_probe(struct net *net);
struct sock *bp_probe(struct net *net)
{
	return inet_lookup_established(net, 0, 0, 0, 0, 0);
}
