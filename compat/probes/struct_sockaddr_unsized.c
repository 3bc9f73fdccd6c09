/* struct sockaddr_unsized in proto_ops.bind/connect and kernel_bind/kernel_connect: Linux 6.19 ("net: Convert proto_ops bind() callbacks to use sockaddr_unsized") */
#include <linux/net.h>
#include <linux/socket.h>

int bp_probe(struct socket *sock, struct sockaddr_unsized *addr, int len);
int bp_probe(struct socket *sock, struct sockaddr_unsized *addr, int len)
{
	int (*bind)(struct socket *, struct sockaddr_unsized *, int) = sock->ops->bind;

	return bind(sock, addr, len) + kernel_bind(sock, addr, len);
}
