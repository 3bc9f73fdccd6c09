/* probe pcim_iomap_range(): upstream v6.11 (the managed pci_iomap_range(), PCI devres rework) [export:pcim_iomap_range] */
#include <linux/pci.h>

void __iomem *bp_probe(struct pci_dev *pdev);
void __iomem *bp_probe(struct pci_dev *pdev)
{
	return pcim_iomap_range(pdev, 0, 0, 4096);
}
