/* pcim_intx(): upstream v6.11 (managed INTx for drivers, the devres rework); Debian 6.1.0-57 lacks it */
#include <linux/pci.h>

int bp_probe(struct pci_dev *pdev);
int bp_probe(struct pci_dev *pdev)
{
	return pcim_intx(pdev, 1);
}
