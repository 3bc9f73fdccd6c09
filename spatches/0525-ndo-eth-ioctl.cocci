// Upstream: a76053707dbf ("dev_ioctl: split out ndo_eth_ioctl")
// Version: v5.15
// Decided-by: probe BPC_NDO_ETH_IOCTL (compat/probes/ndo_eth_ioctl.c)
// Subsystems: ethernet
// Prefilter: ndo_eth_ioctl
//
// Since v5.15 the MII (SIOCGMIIPHY, SIOCGMIIREG, SIOCSMIIREG) and hardware timestamping
// (SIOCSHWTSTAMP, SIOCGHWTSTAMP) ioctls reach a driver through .ndo_eth_ioctl; before, they
// reach .ndo_do_ioctl, with the same signature. Where the member is missing the callback
// (the driver's own, or rule 0509's hwtstamp wrapper) is installed as .ndo_do_ioctl.
// Runs after 0509, which writes .ndo_eth_ioctl initializers of its own.

@@
identifier ops, io;
@@
struct net_device_ops ops = {
-	.ndo_eth_ioctl = io,
+#ifdef BPC_NDO_ETH_IOCTL
+	.ndo_eth_ioctl = io,
+#else
+	.ndo_do_ioctl = io,
+#endif
};
