/* lockdep_sock_is_held() without CONFIG_LOCKDEP: newer than Linux 5.10 (5.10 defines it under CONFIG_LOCKDEP only; Debian 6.1 and 6.12 always) */
#include <net/sock.h>

bool bp_probe(const struct sock *sk);
bool bp_probe(const struct sock *sk)
{
	return lockdep_sock_is_held(sk);
}
