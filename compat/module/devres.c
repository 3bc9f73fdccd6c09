// SPDX-License-Identifier: GPL-2.0-only
/* Managed (devres) forms of I/O helpers 7.2's drivers call (vboxvideo):
 * pcim_iomap_range() (Linux 6.11, probe pcim_iomap_range) and devm_arch_phys_wc_add()
 * (Linux 5.12, probe devm_arch_phys_wc_add). Each is the unmanaged call plus a devres
 * entry that undoes it when the device is unbound. */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/io.h>
#include <linux/pci.h>

#ifndef BPC_PCIM_IOMAP_RANGE
struct bp_pcim_iomap {
	struct pci_dev *pdev;
	void __iomem *addr;
};

static void bp_pcim_iomap_release(struct device *dev, void *res)
{
	struct bp_pcim_iomap *map = res;

	pci_iounmap(map->pdev, map->addr);
}

void __iomem *pcim_iomap_range(struct pci_dev *pdev, int bar,
			       unsigned long offset, unsigned long len)
{
	struct bp_pcim_iomap *map;

	map = devres_alloc(bp_pcim_iomap_release, sizeof(*map), GFP_KERNEL);
	if (!map)
		return IOMEM_ERR_PTR(-ENOMEM);
	map->pdev = pdev;
	map->addr = pci_iomap_range(pdev, bar, offset, len);
	if (!map->addr) {
		devres_free(map);
		return IOMEM_ERR_PTR(-ENOMEM);
	}
	devres_add(&pdev->dev, map);
	return map->addr;
}
EXPORT_SYMBOL_GPL(pcim_iomap_range);
#endif /* BPC_PCIM_IOMAP_RANGE */

#ifndef BPC_DEVM_ARCH_PHYS_WC_ADD
static void bp_arch_phys_wc_release(struct device *dev, void *res)
{
	arch_phys_wc_del(*(int *)res);
}

int devm_arch_phys_wc_add(struct device *dev, unsigned long base, unsigned long size)
{
	int *handle;
	int ret;

	handle = devres_alloc(bp_arch_phys_wc_release, sizeof(*handle), GFP_KERNEL);
	if (!handle)
		return -ENOMEM;
	ret = arch_phys_wc_add(base, size);
	if (ret < 0) {
		devres_free(handle);
		return ret;
	}
	*handle = ret;
	devres_add(dev, handle);
	return ret;
}
EXPORT_SYMBOL_GPL(devm_arch_phys_wc_add);
#endif /* BPC_DEVM_ARCH_PHYS_WC_ADD */
