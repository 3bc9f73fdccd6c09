/* probe pci_enable_ptm(dev) with one argument: Linux after v6.12, the v7.2.13 form (the granularity argument was dropped) */
#include <linux/pci.h>

int bp_probe(struct pci_dev *dev);
int bp_probe(struct pci_dev *dev)
{
	return pci_enable_ptm(dev);
}
