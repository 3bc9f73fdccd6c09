// Upstream: 0edb555a65d1 ("platform: Make platform_driver::remove() return void")
// Version: v6.11 (void .remove_new() existed from v6.3, 5c5a7680e67b, and went to some stable trees)
// Decided-by: probe BPC_PLATFORM_DRIVER_REMOVE_VOID (probes/platform_driver_remove_void.c)
// Subsystems: wireless, ethernet, bluetooth, drm
// Prefilter: platform_driver
//
// Since v6.11 platform_driver.remove returns void. Older kernels want an int-returning
// .remove, so each driver gets a small wrapper with the old signature, used only when
// the target's .remove is not void. The wrapper is placed before the driver struct, so
// it works when the remove function lives in another file (wl18xx uses wlcore_remove).

@r@
identifier drv, fn;
@@
struct platform_driver drv = {
	.remove = fn,
};

@depends on r@
identifier r.drv, r.fn;
fresh identifier wrap = "bp_" ## fn;
@@
+#ifdef BPC_PLATFORM_DRIVER_REMOVE_VOID
+#define wrap fn
+#else
+static int wrap(struct platform_device *pdev)
+{
+	fn(pdev);
+	return 0;
+}
+#endif
+
struct platform_driver drv = {
-	.remove = fn,
+	.remove = wrap,
};
