// Upstream: 908a1d775422 ("hrtimers: Introduce hrtimer_setup() to replace hrtimer_init()")
// Version: v6.13 (callers converted through v6.15, when hrtimer_init() was removed by 9779489a31d7)
// Decided-by: probe BPC_HRTIMER_SETUP (probes/hrtimer_setup.c)
// Subsystems: wireless, ethernet, drm
//
// hrtimer_setup(timer, function, clock, mode) sets the callback in the same call. Kernels
// without it get hrtimer_init(timer, clock, mode) and the .function assignment; kernels
// with it (and v6.15+, which lack hrtimer_init) keep the call as upstream wrote it.

@@
expression E, T, F, C, M;
@@
(
-hrtimer_setup(&E, F, C, M);
+#ifdef BPC_HRTIMER_SETUP
+hrtimer_setup(&E, F, C, M);
+#else
+hrtimer_init(&E, C, M);
+E.function = F;
+#endif
|
-hrtimer_setup(T, F, C, M);
+#ifdef BPC_HRTIMER_SETUP
+hrtimer_setup(T, F, C, M);
+#else
+hrtimer_init(T, C, M);
+T->function = F;
+#endif
)
