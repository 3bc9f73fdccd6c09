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

/* spi_get_device_match_data(): upstream v6.5; probe spi_get_device_match_data. The firmware
 * (OF/ACPI) match data first, else the spi_device_id's driver_data (sharp-memory). */
#ifndef BPC_SPI_GET_DEVICE_MATCH_DATA
#include <linux/property.h>
static inline const void *spi_get_device_match_data(const struct spi_device *sdev)
{
	const struct spi_device_id *id;
	const void *data = device_get_match_data(&sdev->dev);

	if (data)
		return data;
	id = spi_get_device_id(sdev);
	return id ? (const void *)id->driver_data : NULL;
}
#endif /* BPC_SPI_GET_DEVICE_MATCH_DATA */

#endif /* __BACKPORT_LINUX_SPI_SPI_H */
