/* lockdep_sock_is_held() without CONFIG_LOCKDEP: Linux 5.19? (defined unconditionally since "net: make lockdep_sock_is_held() always available"; 5.10 has it under CONFIG_LOCKDEP only) */
#include <net/sock.h>

bool bp_probe(const struct sock *sk);
bool bp_probe(const struct sock *sk)
{
	return lockdep_sock_is_held(sk);
}
