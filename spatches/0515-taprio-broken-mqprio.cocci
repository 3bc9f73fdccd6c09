// Upstream: struct tc_taprio_caps gained broken_mqprio (taprio's mqprio offload data)
// Version: v6.4
// Decided-by: probe BPC_TAPRIO_CAPS_BROKEN_MQPRIO (probes/taprio_caps_broken_mqprio.c)
// Subsystems: ethernet
// Prefilter: broken_mqprio
//
// A driver whose taprio offload ignores the mqprio part of the configuration says so with
// caps->broken_mqprio = true, and v6.4+ taprio refuses configurations it could not honour.
// Older kernels pass no mqprio data to taprio offload at all: the assignment is kept only
// where the member exists (the caps pointer is then only evaluated, so it stays used).

@@
expression E, F;
@@
-E->broken_mqprio = F;
+#ifdef BPC_TAPRIO_CAPS_BROKEN_MQPRIO
+E->broken_mqprio = F;
+#else
+(void)E;
+#endif
