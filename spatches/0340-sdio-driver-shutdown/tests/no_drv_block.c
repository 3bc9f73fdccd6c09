/* An SDIO driver with .shutdown and no .drv block */
#include <linux/module.h>
#include <linux/mmc/sdio_func.h>

static void foo_shutdown(struct sdio_func *func)
{
}

static struct sdio_driver foo_driver = {
	.name = "foo",
	.probe = foo_probe,
	.remove = foo_remove,
	.shutdown = foo_shutdown,
	.id_table = foo_ids,
};
module_sdio_driver(foo_driver);
