// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/wireless/silabs/wfx/bus_spi.c (v7.2.13): a non-static driver
 * struct, declared extern in bus.h; and a platform driver the rule must leave alone. */
#include <linux/spi/spi.h>
#include <linux/platform_device.h>

static void wfx_spi_remove(struct spi_device *func)
{
	struct wfx_spi_priv *bus = spi_get_drvdata(func);

	wfx_release(bus->core);
}

#ifdef BPC_SPI_DRIVER_REMOVE_VOID
#define bp_wfx_spi_remove wfx_spi_remove
#else
static int bp_wfx_spi_remove(struct spi_device *spi){
	wfx_spi_remove(spi);
	return 0;
}
#endif

struct spi_driver wfx_spi_driver = {
	.id_table = wfx_spi_id,
	.probe = wfx_spi_probe,
	.remove = bp_wfx_spi_remove,
	.driver = {
		.name = "wfx-spi",
		.of_match_table = of_match_ptr(wfx_spi_of_match),
		.pm = &wfx_spi_pm_ops,
	},
};

static struct platform_driver other_driver = {
	.remove = other_remove,
};
