/* probe struct sdio_driver .shutdown(struct sdio_func *): newer than Linux 6.12 (Debian 6.12.117 lacks it), in 7.2; commit not identified here */
#include <linux/mmc/sdio_func.h>

static void bp_probe_shutdown(struct sdio_func *func)
{
}

struct sdio_driver bp_probe_driver;
struct sdio_driver bp_probe_driver = {
	.shutdown = bp_probe_shutdown,
};
