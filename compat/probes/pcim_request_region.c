/* probe pcim_request_region(): upstream v6.11 (the managed pci_request_region(), PCI devres rework) [export:pcim_request_region] */
#include <linux/pci.h>

int bp_probe(struct pci_dev *pdev);
int bp_probe(struct pci_dev *pdev)
{
	return pcim_request_region(pdev, 0, "bp");
}
