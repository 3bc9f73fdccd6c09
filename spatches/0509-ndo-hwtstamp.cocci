// Upstream: 66f7223039c0 ("net: add NDOs for configuring hardware timestamping")
// Version: v6.6
// Decided-by: probe BPC_NDO_HWTSTAMP (probes/ndo_hwtstamp.c)
// Subsystems: ethernet
// Prefilter: ndo_hwtstamp_set
//
// Since v6.6 hardware timestamping is configured through net_device_ops.ndo_hwtstamp_get()/
// .ndo_hwtstamp_set() with a struct kernel_hwtstamp_config; before, SIOCGHWTSTAMP/SIOCSHWTSTAMP
// reached the driver's .ndo_eth_ioctl(). Where the target lacks the NDOs, .ndo_eth_ioctl
// becomes a wrapper that serves those two ioctls through the driver's hwtstamp callbacks
// (bp_ndo_hwtstamp_ioctl(), backport-include/linux/net_tstamp.h: copy from/to user space and
// convert) and passes every other ioctl to the driver's own .ndo_eth_ioctl, if it has one.
// Before v5.15 (probe ndo_eth_ioctl) the hwtstamp ioctls reach .ndo_do_ioctl: where the
// driver has no .ndo_eth_ioctl of its own the wrapper is installed there (rule 0525 moves
// an existing .ndo_eth_ioctl initializer, but not one inside these #if branches).

@r@
identifier ops, g, s, io;
@@
struct net_device_ops ops = {
	.ndo_eth_ioctl = io,
	.ndo_hwtstamp_get = g,
	.ndo_hwtstamp_set = s,
};

@depends on r@
identifier r.ops, r.g, r.s, r.io;
fresh identifier wrap = "bp_" ## ops ## "_eth_ioctl";
@@
+#ifdef BPC_NDO_HWTSTAMP
+#define wrap io
+#else
+static int wrap(struct net_device *dev, struct ifreq *ifr, int cmd)
+{
+	if (cmd == SIOCGHWTSTAMP || cmd == SIOCSHWTSTAMP)
+		return bp_ndo_hwtstamp_ioctl(dev, ifr, cmd, g, s);
+	return io(dev, ifr, cmd);
+}
+#endif
+
struct net_device_ops ops = {
	.ndo_eth_ioctl =
-	io
+	wrap
	,
-	.ndo_hwtstamp_get = g,
-	.ndo_hwtstamp_set = s,
+#ifdef BPC_NDO_HWTSTAMP
+	.ndo_hwtstamp_get = g,
+	.ndo_hwtstamp_set = s,
+#endif
};

@r0 depends on !r@
identifier ops, g, s;
@@
struct net_device_ops ops = {
	.ndo_hwtstamp_get = g,
	.ndo_hwtstamp_set = s,
};

@depends on r0@
identifier r0.ops, r0.g, r0.s;
fresh identifier wrap = "bp_" ## ops ## "_eth_ioctl";
@@
+#ifndef BPC_NDO_HWTSTAMP
+static int wrap(struct net_device *dev, struct ifreq *ifr, int cmd)
+{
+	if (cmd == SIOCGHWTSTAMP || cmd == SIOCSHWTSTAMP)
+		return bp_ndo_hwtstamp_ioctl(dev, ifr, cmd, g, s);
+	return -EOPNOTSUPP;
+}
+#endif
+
struct net_device_ops ops = {
-	.ndo_hwtstamp_get = g,
-	.ndo_hwtstamp_set = s,
+#ifdef BPC_NDO_HWTSTAMP
+	.ndo_hwtstamp_get = g,
+	.ndo_hwtstamp_set = s,
+#elif defined(BPC_NDO_ETH_IOCTL)
+	.ndo_eth_ioctl = wrap,
+#else
+	.ndo_do_ioctl = wrap,
+#endif
};
