// Upstream: "net: add getsockopt_iter callback to proto_ops" (getsockopt with a sockopt_t of iov_iters)
// Version: v7.0 (also in Debian's 6.12.117)
// Decided-by: probe BPC_GETSOCKOPT_ITER (probes/getsockopt_iter.c)
// Subsystems: bluetooth
// Prefilter: proto_ops && getsockopt_iter
//
// Newer protocols give proto_ops.getsockopt_iter(sock, level, optname, sockopt_t *opt)
// and no .getsockopt. Older kernels call only .getsockopt(sock, level, optname,
// char __user *optval, int __user *optlen). Every getsockopt_iter callback the file
// defines gets a wrapper with the old signature around bp_getsockopt_iter() (compat
// linux/net.h: sockopt_t over the user buffer, optlen written back), and there the
// member name .getsockopt_iter maps to .getsockopt; where the target has the new
// callback the wrapper's name is the callback itself.

@r@
identifier ops, fn;
@@
struct proto_ops ops = {
	.getsockopt_iter = fn,
};

@defined@
identifier r.fn, sock, level, optname, opt;
@@
int fn(struct socket *sock, int level, int optname, sockopt_t *opt)
{
	...
}

@depends on defined@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## fn;
attribute name __user;
@@
+#ifdef BPC_GETSOCKOPT_ITER
+#define wrap fn
+#else
+static int wrap(struct socket *sock, int level, int optname, char __user *optval,
+		int __user *optlen)
+{
+	return bp_getsockopt_iter(sock, level, optname, optval, optlen, fn);
+}
+#endif
+
struct proto_ops ops = {
-	.getsockopt_iter = fn,
+	.getsockopt_iter = wrap,
};
