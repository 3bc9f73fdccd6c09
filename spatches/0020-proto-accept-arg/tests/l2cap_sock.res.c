// SPDX-License-Identifier: GPL-2.0-or-later
/* Trimmed from net/bluetooth/l2cap_sock.c (v7.2.13) */
#include <linux/net.h>
#include <net/sock.h>

static int l2cap_sock_accept(struct socket *sock, struct socket *newsock,
			     struct proto_accept_arg *arg)
{
	struct sock *sk = sock->sk;
	long timeo;

	timeo = sock_rcvtimeo(sk, arg->flags & O_NONBLOCK);
	return timeo ? 0 : -EAGAIN;
}

#ifdef BPC_PROTO_ACCEPT_ARG
#define bp_l2cap_sock_accept l2cap_sock_accept
#else
static int bp_l2cap_sock_accept(struct socket *sock, struct socket *newsock, int flags, bool kern){
	struct proto_accept_arg arg = {
		.flags = flags,
		.kern = kern
		};

	return l2cap_sock_accept(sock, newsock, &arg);
}
#endif

static const struct proto_ops l2cap_sock_ops = {
	.family		= PF_BLUETOOTH,
	.owner		= THIS_MODULE,
	.release	= l2cap_sock_release,
	.accept = bp_l2cap_sock_accept,
	.listen		= l2cap_sock_listen,
};

/* the kernel's own callback has the target's signature: untouched */
static const struct proto_ops bnep_sock_ops = {
	.family		= PF_BLUETOOTH,
	.accept		= sock_no_accept,
};
