/* probe pci_vpd_find_ro_info_keyword(): upstream v5.15 ("PCI/VPD: Add pci_vpd_find_ro_info_keyword()") [export:pci_vpd_find_ro_info_keyword] */
#include <linux/pci.h>

int bp_probe(const void *buf, unsigned int len, const char *kw, unsigned int *size);
int bp_probe(const void *buf, unsigned int len, const char *kw, unsigned int *size)
{
	return pci_vpd_find_ro_info_keyword(buf, len, kw, size);
}
