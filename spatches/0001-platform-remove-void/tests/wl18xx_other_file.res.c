// SPDX-License-Identifier: GPL-2.0-only
/* Trimmed from drivers/net/wireless/ti/wl18xx/main.c (v7.2.13): the remove
 * function (wlcore_remove) is defined in another file. */
#include <linux/platform_device.h>

void wlcore_remove(struct platform_device *pdev);

static const struct platform_device_id wl18xx_id_table[] = {
	{ "wl18xx", 0 },
	{  } /* Terminating Entry */
};

#ifdef BPC_PLATFORM_DRIVER_REMOVE_VOID
#define bp_wlcore_remove wlcore_remove
#else
static int bp_wlcore_remove(struct platform_device *pdev){
	wlcore_remove(pdev);
	return 0;
}
#endif

static struct platform_driver wl18xx_driver = {
	.probe		= wl18xx_probe,
	.remove = bp_wlcore_remove,
	.id_table	= wl18xx_id_table,
	.driver = {
		.name	= "wl18xx_driver",
	}
};

module_platform_driver(wl18xx_driver);
