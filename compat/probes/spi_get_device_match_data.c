/* probe spi_get_device_match_data(): upstream v6.5 ("spi: Add a helper to get the match data") */
#include <linux/spi/spi.h>

const void *bp_probe(const struct spi_device *sdev);
const void *bp_probe(const struct spi_device *sdev)
{
	return spi_get_device_match_data(sdev);
}
