/* probe struct sdio_driver .shutdown(struct sdio_func *): after v6.12, by v7.2 (Debian 6.12.117 lacks it; commit not identified here) */
#include <linux/mmc/sdio_func.h>

static void bp_probe_shutdown(struct sdio_func *func)
{
}

struct sdio_driver bp_probe_driver;
struct sdio_driver bp_probe_driver = {
	.shutdown = bp_probe_shutdown,
};
