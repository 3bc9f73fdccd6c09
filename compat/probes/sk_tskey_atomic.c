/* struct sock.sk_tskey is an atomic_t: Linux 5.17 ("net: fix sk_tskey races" / "net: make sk_tskey atomic") */
#include <net/sock.h>

int bp_probe(struct sock *sk);
int bp_probe(struct sock *sk)
{
	return atomic_inc_return(&sk->sk_tskey);
}
