/* probe pci_vpd_alloc(): upstream v5.15 ("PCI/VPD: Add pci_vpd_alloc()") [export:pci_vpd_alloc] */
#include <linux/pci.h>

void *bp_probe(struct pci_dev *dev, unsigned int *size);
void *bp_probe(struct pci_dev *dev, unsigned int *size)
{
	return pci_vpd_alloc(dev, size);
}
