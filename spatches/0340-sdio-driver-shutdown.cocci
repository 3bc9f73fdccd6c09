// Upstream: sdio_driver.shutdown(struct sdio_func *), called by the SDIO bus's own .shutdown (commit not identified here)
// Version: after v6.12, by v7.2 (Debian 6.12.117 lacks it, 7.2.13 has it)
// Decided-by: probe BPC_SDIO_DRIVER_SHUTDOWN (probes/sdio_driver_shutdown.c)
// Subsystems: wireless
// Prefilter: sdio_driver
//
// Newer kernels give struct sdio_driver a .shutdown taking the struct sdio_func; before,
// an SDIO driver set the driver core's .drv.shutdown, which takes the struct device. On
// such kernels each driver gets a wrapper with the device signature that finds the
// function (dev_to_sdio_func()) and calls the driver's shutdown, and the initializer sets
// .drv.shutdown to it. The wrapper is placed before the driver struct, so it works when
// the shutdown function lives in another file (rtw88's rtw_sdio_shutdown in sdio.c). A driver
// with a .drv = { ... } block gets the wrapper inside it (a .drv.shutdown designator
// before the block would be overridden by it), one without gets .drv.shutdown.

@r@
identifier d, fn;
@@
struct sdio_driver d = {
	.shutdown = fn,
};

@w depends on r@
identifier r.d, r.fn;
fresh identifier wrap = "bp_" ## fn ## "_drv";
@@
+#ifndef BPC_SDIO_DRIVER_SHUTDOWN
+static void wrap(struct device *dev)
+{
+	fn(dev_to_sdio_func(dev));
+}
+#endif
+
struct sdio_driver d = {
	.shutdown = fn,
};

@blk depends on r@
identifier r.d, r.fn;
identifier w.wrap;
@@
struct sdio_driver d = {
-	.shutdown = fn,
+#ifdef BPC_SDIO_DRIVER_SHUTDOWN
+	.shutdown = fn,
+#endif
	.drv = {
+#ifndef BPC_SDIO_DRIVER_SHUTDOWN
+		.shutdown = wrap,
+#endif
		...
	},
};

@depends on r && !blk@
identifier r.d, r.fn;
identifier w.wrap;
@@
struct sdio_driver d = {
-	.shutdown = fn,
+#ifdef BPC_SDIO_DRIVER_SHUTDOWN
+	.shutdown = fn,
+#else
+	.drv.shutdown = wrap,
+#endif
};
