// Upstream: a0386bba7093 ("spi: make remove callback a void function")
// Version: v5.18
// Decided-by: probe BPC_SPI_DRIVER_REMOVE_VOID (probes/spi_driver_remove_void.c)
// Subsystems: wireless, ethernet, drm
// Prefilter: spi_driver
//
// Since v5.18 spi_driver.remove returns void; older kernels (5.10) want int. Same shape
// as 0001: a wrapper with the old signature before the driver struct, used only when the
// target's .remove is not void.

@r@
identifier drv, fn;
@@
struct spi_driver drv = {
	.remove = fn,
};

@depends on r@
identifier r.drv, r.fn;
fresh identifier wrap = "bp_" ## fn;
@@
+#ifdef BPC_SPI_DRIVER_REMOVE_VOID
+#define wrap fn
+#else
+static int wrap(struct spi_device *spi)
+{
+	fn(spi);
+	return 0;
+}
+#endif
+
struct spi_driver drv = {
-	.remove = fn,
+	.remove = wrap,
};
