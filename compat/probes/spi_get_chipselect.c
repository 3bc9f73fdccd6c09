/* spi_get_chipselect(): upstream v6.3 (spi->chip_select accessors); Debian 6.1.0-57 has it from stable, 5.10.0-46 not */
#include <linux/spi/spi.h>

u8 bp_probe(const struct spi_device *spi);
u8 bp_probe(const struct spi_device *spi)
{
	return spi_get_chipselect(spi, 0);
}
