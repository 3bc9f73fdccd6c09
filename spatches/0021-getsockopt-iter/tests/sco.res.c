// SPDX-License-Identifier: GPL-2.0-or-later
/* Trimmed from net/bluetooth/sco.c (v7.2.13) */
#include <linux/net.h>
#include <net/sock.h>

static int sco_sock_getsockopt(struct socket *sock, int level, int optname,
			       sockopt_t *opt)
{
	u32 val = 1;

	if (opt->optlen < sizeof(val))
		return -EINVAL;
	if (copy_to_iter(&val, sizeof(val), &opt->iter_out) != sizeof(val))
		return -EFAULT;
	opt->optlen = sizeof(val);
	return 0;
}

#ifdef BPC_GETSOCKOPT_ITER
#define bp_sco_sock_getsockopt sco_sock_getsockopt
#else
static int bp_sco_sock_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen){
	return bp_getsockopt_iter(sock, level, optname, optval, optlen, sco_sock_getsockopt);
}
#endif

static const struct proto_ops sco_sock_ops = {
	.family		= PF_BLUETOOTH,
	.owner		= THIS_MODULE,
	.setsockopt	= sco_sock_setsockopt,
		.getsockopt_iter = bp_sco_sock_getsockopt,
};
