// Upstream: net_device.stat_ops (struct netdev_stat_ops: per-queue Rx/Tx stats for the netdev netlink family)
// Version: v6.9 (not in Debian 6.1; in 6.12)
// Decided-by: probe BPC_NETDEV_STAT_OPS (compat/probes/netdev_stat_ops.c), in compat linux/netdevice.h and net/netdev_queues.h
// Subsystems: ethernet
// Prefilter: stat_ops
//
// Kernels without the member ask drivers for no per-queue stats. The store becomes
// bp_netdev_set_stat_ops(dev, ops): the store where the member exists, else only a
// reference to the table (its callbacks stay used); compat net/netdev_queues.h declares the
// types for the callbacks.

@@
expression D, V;
@@
-D->stat_ops = V;
+bp_netdev_set_stat_ops(D, V);
