/* linux/socket.h: the kernel's header plus what newer socket code names. */
#ifndef __BACKPORT_LINUX_SOCKET_H
#define __BACKPORT_LINUX_SOCKET_H
#include_next <linux/socket.h>

/* struct sockaddr_unsized: Linux 6.19 (proto_ops bind()/connect(), kernel_bind() and
 * kernel_connect() take it instead of struct sockaddr); probe struct_sockaddr_unsized.
 * Before, those take struct sockaddr: the release's sockets use that type instead, so
 * their callbacks match the older proto_ops and calls reach the older helpers. */
#ifndef BPC_STRUCT_SOCKADDR_UNSIZED
#define sockaddr_unsized sockaddr
#endif

#endif /* __BACKPORT_LINUX_SOCKET_H */
