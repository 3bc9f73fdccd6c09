/* tracepoint sk_data_ready: Linux 6.3 ("net: add sock_def_readable tracepoint" / trace_sk_data_ready in protocols) */
#include <net/sock.h>
#include <trace/events/sock.h>

void bp_probe(const struct sock *sk);
void bp_probe(const struct sock *sk)
{
	trace_sk_data_ready(sk);
}
