/* pcim_request_all_regions(): Linux 6.13; guarded by BPC_PCIM_REQUEST_ALL_REGIONS.
 * pcim_iomap_region(): Linux 6.11; guarded by BPC_PCIM_IOMAP_REGION.
 * Before the devres rework, pci_request_regions() on a pcim_enable_device()d
 * device is itself managed, which is what the callers rely on. */
#ifndef __BACKPORT_LINUX_PCI_H
#define __BACKPORT_LINUX_PCI_H
#include_next <linux/pci.h>

/* pcim_request_all_regions(): Linux 6.13; probe pcim_request_all_regions (BPC_PCIM_REQUEST_ALL_REGIONS) */
#ifndef BPC_PCIM_REQUEST_ALL_REGIONS
#define pcim_request_all_regions(pdev, name) pci_request_regions(pdev, name)
#endif /* BPC_PCIM_REQUEST_ALL_REGIONS */

/* pcim_iomap_region(): Linux 6.11; guarded by BPC_PCIM_IOMAP_REGION */
#ifndef BPC_PCIM_IOMAP_REGION
#include <linux/bits.h>
#include <linux/err.h>
static inline void __iomem *pcim_iomap_region(struct pci_dev *pdev, int bar,
					      const char *name)
{
	int ret = pcim_iomap_regions(pdev, BIT(bar), name);

	if (ret)
		return IOMEM_ERR_PTR(ret);
	return pcim_iomap_table(pdev)[bar];
}
#endif /* BPC_PCIM_IOMAP_REGION */

/* PCI_IRQ_INTX: Linux 6.8 (new name of PCI_IRQ_LEGACY); a macro, so #ifndef is the probe */
#ifndef PCI_IRQ_INTX
#define PCI_IRQ_INTX PCI_IRQ_LEGACY
#endif

/* pci_enable_ptm(dev) without the granularity argument: newer than Linux 6.12, the v7.2.13 form
 * (Debian 6.12.117 still has the two-argument one); probe pci_enable_ptm_one_arg.  The macro
 * does not expand inside its own expansion, so it calls the kernel's two-argument function. */
#ifndef BPC_PCI_ENABLE_PTM_ONE_ARG
#define pci_enable_ptm(dev) pci_enable_ptm(dev, NULL)
#endif

/* pci_is_vga(): Linux 6.8 ("PCI: Add pci_is_vga() helper"); probe pci_is_vga */
#ifndef BPC_PCI_IS_VGA
static inline bool pci_is_vga(struct pci_dev *pdev)
{
	return (pdev->class >> 8) == PCI_CLASS_DISPLAY_VGA ||
	       (pdev->class >> 8) == PCI_CLASS_NOT_DEFINED_VGA;
}
#endif

#endif /* __BACKPORT_LINUX_PCI_H */
