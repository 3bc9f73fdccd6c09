// Upstream: ptp_clock_info gained supported_extts_flags/supported_perout_flags (the core filters request flags)
// Version: v6.15
// Decided-by: probe BPC_PTP_SUPPORTED_FLAGS (probes/ptp_supported_flags.c)
// Subsystems: ethernet
//
// Since v6.15 a PTP driver declares which PTP_EXTTS_REQUEST/PTP_PEROUT_REQUEST flags it
// handles in ptp_clock_info.supported_extts_flags/.supported_perout_flags, and the PTP core
// rejects the others before calling .enable(). Older kernels have no such members: the
// assignment (or initializer) is kept only where they exist. On older kernels the core does
// not filter, so a request with a flag the hardware ignores reaches the driver unchecked.

@@
expression E, F;
@@
(
-E.supported_extts_flags = F;
+#ifdef BPC_PTP_SUPPORTED_FLAGS
+E.supported_extts_flags = F;
+#endif
|
-E->supported_extts_flags = F;
+#ifdef BPC_PTP_SUPPORTED_FLAGS
+E->supported_extts_flags = F;
+#endif
|
-E.supported_perout_flags = F;
+#ifdef BPC_PTP_SUPPORTED_FLAGS
+E.supported_perout_flags = F;
+#endif
|
-E->supported_perout_flags = F;
+#ifdef BPC_PTP_SUPPORTED_FLAGS
+E->supported_perout_flags = F;
+#endif
)
