// Upstream: 92ef0fd55ac8 ("net: have do_accept() take a struct proto_accept_arg argument")
// Version: v6.10
// Decided-by: probe BPC_PROTO_ACCEPT_ARG (probes/proto_accept_arg.c)
// Subsystems: bluetooth
// Prefilter: proto_ops && proto_accept_arg
//
// Since v6.10 proto_ops.accept takes (sock, newsock, struct proto_accept_arg *arg);
// before, it takes (sock, newsock, int flags, bool kern). Every accept callback the
// file defines gets a wrapper with the old signature that fills a proto_accept_arg
// (compat/backport-include/linux/net.h defines the struct on such kernels); where the
// target has the new form, the wrapper's name is the callback. The kernel's own
// callbacks (sock_no_accept) are left alone: they have the target's signature.

@r@
identifier ops, fn;
@@
struct proto_ops ops = {
	.accept = fn,
};

@defined@
identifier r.fn, sock, newsock, arg;
@@
int fn(struct socket *sock, struct socket *newsock, struct proto_accept_arg *arg)
{
	...
}

@depends on defined@
identifier r.ops, r.fn;
fresh identifier wrap = "bp_" ## fn;
@@
+#ifdef BPC_PROTO_ACCEPT_ARG
+#define wrap fn
+#else
+static int wrap(struct socket *sock, struct socket *newsock, int flags, bool kern)
+{
+	struct proto_accept_arg arg = { .flags = flags, .kern = kern };
+
+	return fn(sock, newsock, &arg);
+}
+#endif
+
struct proto_ops ops = {
-	.accept = fn,
+	.accept = wrap,
};
