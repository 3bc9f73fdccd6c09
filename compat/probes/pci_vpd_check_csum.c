/* probe pci_vpd_check_csum(): upstream v5.15 ("PCI/VPD: Add pci_vpd_check_csum()") [export:pci_vpd_check_csum] */
#include <linux/pci.h>

int bp_probe(const void *buf, unsigned int len);
int bp_probe(const void *buf, unsigned int len)
{
	return pci_vpd_check_csum(buf, len);
}
