/* proto_ops.accept() takes struct proto_accept_arg: Linux 6.10 ("net: have do_accept() take a struct proto_accept_arg argument") */
#include <linux/net.h>

int bp_probe(struct socket *sock, struct socket *newsock, struct proto_accept_arg *arg);
int bp_probe(struct socket *sock, struct socket *newsock, struct proto_accept_arg *arg)
{
	int (*accept)(struct socket *, struct socket *, struct proto_accept_arg *) = sock->ops->accept;

	return accept(sock, newsock, arg);
}
