/* sk_uid(): Linux 6.17 ("net: Add sk_uid() helper") */
#include <net/sock.h>

kuid_t bp_probe(const struct sock *sk);
kuid_t bp_probe(const struct sock *sk)
{
	return sk_uid(sk);
}
