/* net/netmem.h: the kernel's header plus netmem_is_pfmemalloc() (compat net/xdp.h's
 * xdp_buff_add_frag(), libeth) and virt_to_netmem() (compat.ko's xdp-skb.c). Only included
 * where the target has netmem (v6.10). */
#ifndef __BACKPORT_NET_NETMEM_H
#define __BACKPORT_NET_NETMEM_H
#include_next <net/netmem.h>

/* netmem_is_pfmemalloc(): newer than Linux 6.12.111 (Debian 6.12.113 and later have it from
 * stable, 6.12.107/.111 do not); probe netmem_is_pfmemalloc. As upstream: a net_iov is
 * never pfmemalloc, a page is what its page says. */
#ifndef BPC_NETMEM_IS_PFMEMALLOC
static inline bool netmem_is_pfmemalloc(netmem_ref netmem)
{
	if (netmem_is_net_iov(netmem))
		return false;

	return page_is_pfmemalloc(netmem_to_page(netmem));
}
#endif

/* virt_to_netmem(): newer than Linux 6.12.111 (Debian 6.12.113 and later have it from
 * stable, 6.12.107/.111 do not); probe virt_to_netmem. The page behind the address. */
#ifndef BPC_VIRT_TO_NETMEM
static inline netmem_ref virt_to_netmem(const void *data)
{
	return page_to_netmem(virt_to_page(data));
}
#endif

/* netmem_dma_unmap_page_attrs(), netmem_dma_unmap_addr_set(): newer than Linux 6.12 (Tx of
 * unreadable netmem, devmem TCP Tx); probe netmem_dma_unmap_page_attrs.  A net_iov frag is
 * recorded with DMA address 0 and not unmapped.  An older core never hands a driver a
 * net_iov Tx frag (no devmem Tx), so every frag is a page and is unmapped as before. */
#ifndef BPC_NETMEM_DMA_UNMAP_PAGE_ATTRS
#include <linux/dma-mapping.h>

static inline void netmem_dma_unmap_page_attrs(struct device *dev, dma_addr_t addr,
					       size_t size, enum dma_data_direction dir,
					       unsigned long attrs)
{
	if (addr)
		dma_unmap_page_attrs(dev, addr, size, dir, attrs);
}

#define netmem_dma_unmap_addr_set(NETMEM, PTR, ADDR_NAME, VAL)			\
	dma_unmap_addr_set(PTR, ADDR_NAME, netmem_is_net_iov(NETMEM) ? 0 : (VAL))
#endif /* BPC_NETMEM_DMA_UNMAP_PAGE_ATTRS */

#endif /* __BACKPORT_NET_NETMEM_H */
