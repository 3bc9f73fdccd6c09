/* linux/spi/spi.h: the kernel's header plus spi_get_chipselect() for older kernels. */
#ifndef __BACKPORT_LINUX_SPI_SPI_H
#define __BACKPORT_LINUX_SPI_SPI_H
#include_next <linux/spi/spi.h>

/* spi_get_chipselect(): upstream v6.3; probe spi_get_chipselect.  One chip select per device
 * before multi-CS, so idx 0 is spi->chip_select (libertas, cw1200, wfx print it). */
#ifndef BPC_SPI_GET_CHIPSELECT
static inline u8 spi_get_chipselect(const struct spi_device *spi, u8 idx)
{
	return spi->chip_select;
}
#endif

/* spi_get_device_match_data(): upstream v6.3 ("spi: Add spi_get_device_match_data()
 * helper"); probe spi_get_device_match_data.  The firmware match data, else the id table's
 * driver_data, as upstream. */
#ifndef BPC_SPI_GET_DEVICE_MATCH_DATA
#include <linux/property.h>
static inline const void *spi_get_device_match_data(const struct spi_device *sdev)
{
	const void *match = device_get_match_data(&sdev->dev);

	if (match)
		return match;
	return (const void *)spi_get_device_id(sdev)->driver_data;
}
#endif /* BPC_SPI_GET_DEVICE_MATCH_DATA */

#endif /* __BACKPORT_LINUX_SPI_SPI_H */
