/* linux/net.h: the kernel's header plus what newer proto_ops callbacks take. */
#ifndef __BACKPORT_LINUX_NET_H
#define __BACKPORT_LINUX_NET_H
#include_next <linux/net.h>

/* struct proto_accept_arg: Linux 6.10 (proto_ops.accept(sock, newsock, arg)); probe
 * proto_accept_arg. Before, accept() takes (flags, kern): SmPL 0020 gives each accept
 * callback a wrapper with that signature, which fills this struct. */
#ifndef BPC_PROTO_ACCEPT_ARG
struct proto_accept_arg {
	int flags;
	int err;
	int is_empty;
	bool kern;
};
#endif /* BPC_PROTO_ACCEPT_ARG */

/* proto_ops.getsockopt_iter() and sockopt_t: Linux 7.0 (Debian's 6.12.117 has them too);
 * probe getsockopt_iter. Before, protocols give getsockopt(sock, level, optname, char
 * __user *optval, int __user *optlen): SmPL 0021 wraps each getsockopt_iter callback in
 * bp_getsockopt_iter(), which does what the newer net/socket.c does for a user buffer
 * (iterators over optval in both directions, optlen in and out, written back even on
 * error), and the member name maps to the older one. */
#ifndef BPC_GETSOCKOPT_ITER
#include <linux/uio.h>
#include <linux/uaccess.h>

/* one user buffer as an iov_iter: import_ubuf() where the kernel has it (probe import_ubuf;
 * Linux 6.12 has no import_single_range() any more), import_single_range() before */
#ifdef BPC_IMPORT_UBUF
#define bp_import_user_buf(type, buf, len, iov, iter) ({ (void)(iov); import_ubuf(type, buf, len, iter); })
#else
#define bp_import_user_buf(type, buf, len, iov, iter) import_single_range(type, buf, len, iov, iter)
#endif

typedef struct sockopt {
	struct iov_iter iter_in;
	struct iov_iter iter_out;
	int optlen;
} sockopt_t;

static inline int bp_getsockopt_iter(struct socket *sock, int level, int optname,
				     char __user *optval, int __user *optlen,
				     int (*getsockopt_iter)(struct socket *, int, int, sockopt_t *))
{
	struct iovec iov_in, iov_out;
	sockopt_t opt;
	int len, err;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	err = bp_import_user_buf(READ, optval, len, &iov_out, &opt.iter_out);
	if (!err)
		err = bp_import_user_buf(WRITE, optval, len, &iov_in, &opt.iter_in);
	if (err)
		return err;
	opt.optlen = len;
	err = getsockopt_iter(sock, level, optname, &opt);
	if (put_user(opt.optlen, optlen))
		return -EFAULT;
	return err;
}
#define getsockopt_iter getsockopt
#endif /* BPC_GETSOCKOPT_ITER */

#endif /* __BACKPORT_LINUX_NET_H */
