/* pcim_iomap_region(): Linux 6.11, "PCI: Add managed pcim_iomap_region()" */
#include <linux/pci.h>

void __iomem *bp_probe(struct pci_dev *pdev);
void __iomem *bp_probe(struct pci_dev *pdev)
{
	return pcim_iomap_region(pdev, 0, "bp");
}
