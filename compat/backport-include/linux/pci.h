/* pcim_request_all_regions(): Linux 6.13; guarded by BPC_PCIM_REQUEST_ALL_REGIONS.
 * Before the devres rework, pci_request_regions() on a pcim_enable_device()d
 * device is itself managed, which is what the callers rely on. */
#ifndef __BACKPORT_LINUX_PCI_H
#define __BACKPORT_LINUX_PCI_H
#include_next <linux/pci.h>

#ifndef BPC_PCIM_REQUEST_ALL_REGIONS
#define pcim_request_all_regions(pdev, name) pci_request_regions(pdev, name)
#endif /* BPC_PCIM_REQUEST_ALL_REGIONS */

#endif /* __BACKPORT_LINUX_PCI_H */
