/* An SDIO driver with .shutdown and no .drv block */
#include <linux/module.h>
#include <linux/mmc/sdio_func.h>

static void foo_shutdown(struct sdio_func *func)
{
}

#ifndef BPC_SDIO_DRIVER_SHUTDOWN
static void bp_foo_shutdown_drv(struct device *dev){
	foo_shutdown(dev_to_sdio_func(dev));
}
#endif

static struct sdio_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
#ifdef BPC_SDIO_DRIVER_SHUTDOWN
	.shutdown = foo_shutdown,
#else
	.drv.shutdown = bp_foo_shutdown_drv,
#endif
	.id_table = foo_ids,
};
module_sdio_driver(foo_driver);
