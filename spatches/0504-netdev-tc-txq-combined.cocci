// Upstream: struct netdev_tc_txq became a union with a u32 .combined for lockless readers
// Version: v7.0 (after v6.19)
// Decided-by: probe BPC_NETDEV_TC_TXQ_COMBINED (probes/netdev_tc_txq_combined.c)
// Subsystems: ethernet
// Prefilter: combined && (READ_ONCE || WRITE_ONCE)
//
// 7.x drivers read dev->tc_to_txq[tc] (count and offset) in one READ_ONCE() of its
// .combined union member. Older kernels have the plain {count, offset} struct: there the
// entry is copied as a struct (the reader tolerates a torn read as it did before); the
// writers' WRITE_ONCE() of .combined (sfc falcon/siena) becomes a struct assignment.

@@
expression R, Q;
@@
-R.combined = READ_ONCE(Q.combined);
+#ifdef BPC_NETDEV_TC_TXQ_COMBINED
+R.combined = READ_ONCE(Q.combined);
+#else
+R = Q;
+#endif

@@
expression R, Q;
@@
-WRITE_ONCE(R.combined, Q.combined);
+#ifdef BPC_NETDEV_TC_TXQ_COMBINED
+WRITE_ONCE(R.combined, Q.combined);
+#else
+R = Q;
+#endif
