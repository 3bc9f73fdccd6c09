/* probe spi_driver.remove returning void: upstream v5.18, commit a0386bba7093 ("spi: make remove callback a void function") */
#include <linux/spi/spi.h>

static void bp_probe_remove(struct spi_device *spi)
{
}

struct spi_driver bp_probe_driver;
struct spi_driver bp_probe_driver = {
	.remove = bp_probe_remove,
};
