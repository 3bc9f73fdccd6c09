/* PCI IDs added after the target kernel (used by mt7921e's table); macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_PCI_IDS_H
#define __BACKPORT_LINUX_PCI_IDS_H
#include_next <linux/pci_ids.h>

/* PCI_VENDOR_ID_ITTIM: newer than Linux 6.1, present by 6.12; a macro, so #ifndef is the probe */
#ifndef PCI_VENDOR_ID_ITTIM
#define PCI_VENDOR_ID_ITTIM		0x0b48
#endif

#endif /* __BACKPORT_LINUX_PCI_IDS_H */
