// SPDX-License-Identifier: ISC
/* Trimmed from drivers/net/wireless/rsi/rsi_91x_sdio.c (v7.2.13): shutdown is in
 * #ifdef CONFIG_PM together with .drv */
#include <linux/module.h>
#include <linux/mmc/sdio_func.h>

static void rsi_shutdown(struct sdio_func *pfunction)
{
	struct rsi_hw *adapter = sdio_get_drvdata(pfunction);

	rsi_sdio_disable_interrupts(adapter->rsi_dev->pfunction);
}

	rsi_dbg(INFO_ZONE, "RSI module restored\n");

	return 0;
}
static const struct dev_pm_ops rsi_pm_ops = {
	.suspend = rsi_suspend,
	.resume_noirq = rsi_resume,
	.freeze = rsi_freeze,
	.thaw = rsi_thaw,
	.restore = rsi_restore,
};
#endif

static const struct sdio_device_id rsi_dev_table[] =  {
	{ SDIO_DEVICE(SDIO_VENDOR_ID_RSI, SDIO_DEVICE_ID_RSI_9113) },
	{ SDIO_DEVICE(SDIO_VENDOR_ID_RSI, SDIO_DEVICE_ID_RSI_9116) },
	{ /* Blank */},
};

static struct sdio_driver rsi_driver = {
	.name       = "RSI-SDIO WLAN",
	.probe      = rsi_probe,
	.remove     = rsi_disconnect,
	.id_table   = rsi_dev_table,
#ifdef CONFIG_PM
	.shutdown   = rsi_shutdown,
	.drv = {
		.pm = &rsi_pm_ops,
	}
#endif
};
module_sdio_driver(rsi_driver);
