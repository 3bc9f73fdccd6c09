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

/* sk_uid(): Linux 6.17; probe sk_uid */
#ifndef BPC_SK_UID
static inline kuid_t sk_uid(const struct sock *sk)
{
	return READ_ONCE(sk->sk_uid);
}
#endif /* BPC_SK_UID */

/* sock_tx_timestamp() takes the socket's cmsg cookie: Linux 6.13; probe
 * sock_tx_timestamp_sockcm. Before, it takes the cookie's tsflags (and there is no
 * per-message OPT_ID, SOCKCM_FLAG_TS_OPT_ID, to honour). */
#ifndef BPC_SOCK_TX_TIMESTAMP_SOCKCM
static inline void backport_sock_tx_timestamp(struct sock *sk, const struct sockcm_cookie *sockc,
					      __u8 *tx_flags)
{
	sock_tx_timestamp(sk, sockc->tsflags, tx_flags);
}
#define sock_tx_timestamp backport_sock_tx_timestamp
#endif /* BPC_SOCK_TX_TIMESTAMP_SOCKCM */

/* trace_sk_data_ready(): tracepoint of Linux 6.3; probe trace_sk_data_ready. Before,
 * there is no such event to fire: a no-op. */
#ifndef BPC_TRACE_SK_DATA_READY
#define trace_sk_data_ready(sk) do { (void)(sk); } while (0)
#endif /* BPC_TRACE_SK_DATA_READY */

/* sock_recv_cmsgs(): Linux 5.19 name of sock_recv_ts_and_drops(); probe sock_recv_cmsgs */
#ifndef BPC_SOCK_RECV_CMSGS
#define sock_recv_cmsgs(msg, sk, skb) sock_recv_ts_and_drops(msg, sk, skb)
#endif /* BPC_SOCK_RECV_CMSGS */

/* lockdep_sock_is_held() also without CONFIG_LOCKDEP: newer than Linux 5.10 (5.10 defines
 * it only with lockdep); probe lockdep_sock_is_held. Only lockdep assertions read it, and those are empty then. */
#if !defined(BPC_LOCKDEP_SOCK_IS_HELD) && !defined(CONFIG_LOCKDEP)
static inline bool lockdep_sock_is_held(const struct sock *sk)
{
	return true;
}
#endif /* BPC_LOCKDEP_SOCK_IS_HELD */

/* sock_i_ino() returns u64: newer than Linux 6.12; probe sock_i_ino_u64. 7.2 prints it with
 * %llu (af_bluetooth's /proc listing); the targets' unsigned long is as wide on 64-bit. */
#ifndef BPC_SOCK_I_INO_U64
#define sock_i_ino(sk) ((u64)sock_i_ino(sk))
#endif /* BPC_SOCK_I_INO_U64 */

#endif /* __BACKPORT_NET_SOCK_H */
