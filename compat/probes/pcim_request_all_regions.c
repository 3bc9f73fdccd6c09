/* pcim_request_all_regions(): Linux 6.13, "PCI: Add pcim_request_all_regions()" */
#include <linux/pci.h>

int bp_probe(struct pci_dev *pdev);
int bp_probe(struct pci_dev *pdev)
{
	return pcim_request_all_regions(pdev, "bp");
}
