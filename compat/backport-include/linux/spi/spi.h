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

#endif /* __BACKPORT_LINUX_SPI_SPI_H */
