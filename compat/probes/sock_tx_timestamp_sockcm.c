/* sock_tx_timestamp(sk, const struct sockcm_cookie *, tx_flags): Linux 6.13 ("net_tstamp: add SCM_TS_OPT_ID to provide OPT_ID in control message") */
#include <net/sock.h>

void bp_probe(struct sock *sk, const struct sockcm_cookie *sockc, __u8 *tx_flags);
void bp_probe(struct sock *sk, const struct sockcm_cookie *sockc, __u8 *tx_flags)
{
	sock_tx_timestamp(sk, sockc, tx_flags);
}
