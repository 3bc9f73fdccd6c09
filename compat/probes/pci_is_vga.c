/* probe pci_is_vga(): Linux 6.8 ("PCI: Add pci_is_vga() helper") */
#include <linux/pci.h>

bool bp_probe(struct pci_dev *pdev);
bool bp_probe(struct pci_dev *pdev)
{
	return pci_is_vga(pdev);
}
