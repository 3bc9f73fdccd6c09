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

/* pcie_ptm_enabled(): newer than Linux 5.10 (in 6.1); probe pcie_ptm_enabled.  Whether PTM
 * was enabled on the device (the PCI core's own flag, only with CONFIG_PCIE_PTM). */
#ifndef BPC_PCIE_PTM_ENABLED
static inline bool pcie_ptm_enabled(struct pci_dev *dev)
{
#ifdef CONFIG_PCIE_PTM
	return dev && dev->ptm_enabled;
#else
	return false;
#endif
}
#endif /* BPC_PCIE_PTM_ENABLED */

/* pci_disable_ptm(): upstream v5.14 (exported for igc); probe pci_disable_ptm (an export
 * probe).  Before, the core only disables PTM itself on suspend; this clears the enable
 * bit of the PTM capability and the core's flag, what the upstream function does. */
#ifndef BPC_PCI_DISABLE_PTM
static inline void pci_disable_ptm(struct pci_dev *dev)
{
#ifdef CONFIG_PCIE_PTM
	int ptm = pci_find_ext_capability(dev, PCI_EXT_CAP_ID_PTM);
	u32 ctrl;

	if (!ptm)
		return;
	pci_read_config_dword(dev, ptm + PCI_PTM_CTRL, &ctrl);
	ctrl &= ~(PCI_PTM_CTRL_ENABLE | PCI_PTM_CTRL_ROOT);
	pci_write_config_dword(dev, ptm + PCI_PTM_CTRL, ctrl);
	dev->ptm_enabled = 0;
#endif
}
#endif /* BPC_PCI_DISABLE_PTM */

/* PCI_VDEVICE_SUB(): upstream v6.2 ("PCI: Add PCI_VDEVICE_SUB helper macro"); a macro, so
 * #ifndef is the probe.  A vendor/device/subvendor/subdevice match in the short form. */
#ifndef PCI_VDEVICE_SUB
#define PCI_VDEVICE_SUB(vend, dev, subvend, subdev) \
	.vendor = PCI_VENDOR_ID_##vend, .device = (dev), \
	.subvendor = (subvend), .subdevice = (subdev), 0, 0
#endif

/* pcim_intx(): upstream v6.11; probe pcim_intx.  Before the devres rework pci_intx() on a
 * pcim_enable_device()d device records the original state in devres and restores it on
 * release itself, which is what pcim_intx() does (qtnfmac). */
#ifndef BPC_PCIM_INTX
static inline int pcim_intx(struct pci_dev *pdev, int enable)
{
	pci_intx(pdev, enable);
	return 0;
}
#endif

/* pcim_request_region(): upstream v6.11 (PCI devres rework); probe pcim_request_region.
 * Before it, pci_request_region() on a pcim_enable_device()d device is itself managed
 * (released with the device), which is what the caller (vboxvideo) relies on. */
#ifndef BPC_PCIM_REQUEST_REGION
#define pcim_request_region(pdev, bar, name) pci_request_region(pdev, bar, name)
#endif /* BPC_PCIM_REQUEST_REGION */

/* pcim_iomap_range(): upstream v6.11 (PCI devres rework); probe pcim_iomap_range.
 * A pci_iomap_range() undone by devres: compat/devres.c. */
#ifndef BPC_PCIM_IOMAP_RANGE
#define pcim_iomap_range LINUX_BACKPORT(pcim_iomap_range)
void __iomem *pcim_iomap_range(struct pci_dev *pdev, int bar,
			       unsigned long offset, unsigned long len);
#endif /* BPC_PCIM_IOMAP_RANGE */

/* pci_vpd_alloc(): upstream v5.15 (the VPD rework of drivers/pci/vpd.c); probe pci_vpd_alloc.
 * This and the three VPD helpers below are out of line in compat.ko (compat/pci-vpd.c) as
 * backport_*, over pci_read_vpd(). */
#ifndef BPC_PCI_VPD_ALLOC
#define pci_vpd_alloc LINUX_BACKPORT(pci_vpd_alloc)
void *pci_vpd_alloc(struct pci_dev *dev, unsigned int *size);
#endif /* BPC_PCI_VPD_ALLOC */

/* pci_vpd_find_id_string(): upstream v5.15; probe pci_vpd_find_id_string */
#ifndef BPC_PCI_VPD_FIND_ID_STRING
#define pci_vpd_find_id_string LINUX_BACKPORT(pci_vpd_find_id_string)
int pci_vpd_find_id_string(const u8 *buf, unsigned int len, unsigned int *size);
#endif /* BPC_PCI_VPD_FIND_ID_STRING */

/* pci_vpd_find_ro_info_keyword(): upstream v5.15; probe pci_vpd_find_ro_info_keyword */
#ifndef BPC_PCI_VPD_FIND_RO_INFO_KEYWORD
#define pci_vpd_find_ro_info_keyword LINUX_BACKPORT(pci_vpd_find_ro_info_keyword)
int pci_vpd_find_ro_info_keyword(const void *buf, unsigned int len, const char *kw,
				 unsigned int *size);
#endif /* BPC_PCI_VPD_FIND_RO_INFO_KEYWORD */

/* pci_vpd_check_csum(): upstream v5.15; probe pci_vpd_check_csum */
#ifndef BPC_PCI_VPD_CHECK_CSUM
#define pci_vpd_check_csum LINUX_BACKPORT(pci_vpd_check_csum)
int pci_vpd_check_csum(const void *buf, unsigned int len);
#endif /* BPC_PCI_VPD_CHECK_CSUM */

/* pcim_iounmap_region(): upstream v6.13 (public and exported; before, a static helper of
 * the 6.11 devres rework); probe pcim_iounmap_region.  The undo of pcim_iomap_region()
 * (the kernel's since 6.11, compat's above before): pcim_iounmap_regions() with the one
 * BAR unmaps and releases it the same way on every such kernel (6.11/6.12: the same
 * region devres, and the legacy table's entry, which pcim_iomap_region() never set, is
 * cleared; before 6.11: the iomap table entry compat's pcim_iomap_region() used). */
#ifndef BPC_PCIM_IOUNMAP_REGION
#define pcim_iounmap_region(pdev, bar) pcim_iounmap_regions(pdev, BIT(bar))
#endif /* BPC_PCIM_IOUNMAP_REGION */

#endif /* __BACKPORT_LINUX_PCI_H */
