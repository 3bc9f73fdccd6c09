/* probe pcim_iounmap_region(): upstream v6.13 (made public with the deprecation of pcim_iounmap_regions()) [export:pcim_iounmap_region] */
#include <linux/pci.h>

void bp_probe(struct pci_dev *pdev);
void bp_probe(struct pci_dev *pdev)
{
	pcim_iounmap_region(pdev, 0);
}
