/* probe pci_disable_ptm() exported to drivers: upstream v5.14 ("PCI/PTM: Add pci_disable_ptm() wrapper"), not in 5.10 [export:pci_disable_ptm] */
#include <linux/pci.h>

void bp_probe(struct pci_dev *dev);
void bp_probe(struct pci_dev *dev)
{
	pci_disable_ptm(dev);
}
