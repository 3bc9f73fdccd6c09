/* probe pcie_ptm_enabled(): newer than Linux 5.10 (5.13, "PCI/PTM: Add pcie_ptm_enabled()" for igc), in 6.1 */
#include <linux/pci.h>

bool bp_probe(struct pci_dev *dev);
bool bp_probe(struct pci_dev *dev)
{
	return pcie_ptm_enabled(dev);
}
