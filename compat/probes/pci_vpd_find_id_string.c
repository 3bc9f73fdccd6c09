/* probe pci_vpd_find_id_string(): upstream v5.15 ("PCI/VPD: Add pci_vpd_find_id_string()") [export:pci_vpd_find_id_string] */
#include <linux/pci.h>

int bp_probe(const u8 *buf, unsigned int len, unsigned int *size);
int bp_probe(const u8 *buf, unsigned int len, unsigned int *size)
{
	return pci_vpd_find_id_string(buf, len, size);
}
