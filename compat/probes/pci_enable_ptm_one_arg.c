/* probe pci_enable_ptm(dev) with one argument: upstream after v6.12 ("PCI/PTM: drop granularity parameter from pci_enable_ptm()") */
#include <linux/pci.h>

int bp_probe(struct pci_dev *dev);
int bp_probe(struct pci_dev *dev)
{
	return pci_enable_ptm(dev);
}
