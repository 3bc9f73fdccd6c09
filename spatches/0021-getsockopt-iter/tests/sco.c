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

static const struct proto_ops sco_sock_ops = {
	.family		= PF_BLUETOOTH,
	.owner		= THIS_MODULE,
	.setsockopt	= sco_sock_setsockopt,
	.getsockopt_iter = sco_sock_getsockopt
};
