/* sk_requests_wifi_status(): Linux 6.17; guarded by BPC_SK_REQUESTS_WIFI_STATUS */
#ifndef __BACKPORT_NET_SOCK_H
#define __BACKPORT_NET_SOCK_H
#include_next <net/sock.h>

/* sk_requests_wifi_status(): Linux 6.17; probe sk_requests_wifi_status (BPC_SK_REQUESTS_WIFI_STATUS) */
#ifndef BPC_SK_REQUESTS_WIFI_STATUS
static inline bool sk_requests_wifi_status(struct sock *sk)
{
	return sk && sk_fullsock(sk) && sock_flag(sk, SOCK_WIFI_STATUS);
}
#endif /* BPC_SK_REQUESTS_WIFI_STATUS */

#endif /* __BACKPORT_NET_SOCK_H */
