/* probe <linux/aperture.h>: Linux 6.0 ("video/aperture: Move fbdev conflict helpers into drivers/video/aperture.c") */
#include <linux/aperture.h>
#include <linux/pci.h>

int bp_probe(struct pci_dev *pdev);
int bp_probe(struct pci_dev *pdev)
{
	return aperture_remove_conflicting_pci_devices(pdev, "bp");
}
