/* sk_requests_wifi_status(): Linux 6.17, "net: add sk_requests_wifi_status() helper" */
#include <net/sock.h>

bool bp_probe(struct sock *sk);
bool bp_probe(struct sock *sk)
{
	return sk_requests_wifi_status(sk);
}
