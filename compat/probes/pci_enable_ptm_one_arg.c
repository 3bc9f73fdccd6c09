/* probe pci_enable_ptm(dev) with one argument: newer than Linux 6.12 (Debian's 6.12.117 has two arguments), the v7.2.13 form (the granularity argument was dropped) */
#include <linux/pci.h>

int bp_probe(struct pci_dev *dev);
int bp_probe(struct pci_dev *dev)
{
	return pci_enable_ptm(dev);
}
