/* proto_ops.getsockopt_iter() and sockopt_t: Linux 7.0 ("net: add getsockopt_iter callback to proto_ops"; also in Debian's 6.12.117) */
#include <linux/net.h>

int bp_probe(struct socket *sock, sockopt_t *opt);
int bp_probe(struct socket *sock, sockopt_t *opt)
{
	return sock->ops->getsockopt_iter(sock, 0, 0, opt) + opt->optlen;
}
