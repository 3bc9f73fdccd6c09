/* probe netmem_dma_unmap_page_attrs(): newer than Linux 6.12 (unmap a Tx frag that may be a net_iov: none where its address is 0) */
#include <net/netmem.h>

void bp_probe(struct device *dev, dma_addr_t addr);
void bp_probe(struct device *dev, dma_addr_t addr)
{
	netmem_dma_unmap_page_attrs(dev, addr, 64, DMA_TO_DEVICE, 0);
}
