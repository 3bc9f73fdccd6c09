// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/wireless/ti/wlcore/spi.c (v7.2.13) */
#include <linux/spi/spi.h>

static void wl1271_remove(struct spi_device *spi)
{
	struct wl12xx_spi_glue *glue = spi_get_drvdata(spi);

	platform_device_unregister(glue->core);
}

static struct spi_driver wl1271_spi_driver = {
	.driver = {
		.name		= "wl1271_spi",
		.of_match_table = wlcore_spi_of_match_table,
	},

	.probe		= wl1271_probe,
	.remove		= wl1271_remove,
};

module_spi_driver(wl1271_spi_driver);
