/* <linux/aperture.h>: Linux 6.0 (the firmware-framebuffer takeover helpers moved out of
 * fbdev into drivers/video/aperture.c); probe linux_aperture_h. */
#ifndef __BACKPORT_LINUX_APERTURE_H
#define __BACKPORT_LINUX_APERTURE_H
/* <linux/aperture.h>: Linux 6.0; probe linux_aperture_h */
#ifdef BPC_LINUX_APERTURE_H
#include_next <linux/aperture.h>
#else
#include <linux/fb.h>
#include <linux/pci.h>
#include <linux/vgaarb.h>

/* Before 6.0 the target's fbdev core removes firmware framebuffers on a PCI device's BARs
 * (remove_conflicting_pci_framebuffers(), which also kicks out vgacon for the primary VGA
 * device, Linux 5.x). Without CONFIG_FB there is nothing to remove. */
static inline int aperture_remove_conflicting_pci_devices(struct pci_dev *pdev,
							  const char *name)
{
#if IS_REACHABLE(CONFIG_FB)
	return remove_conflicting_pci_framebuffers(pdev, name);
#else
	return 0;
#endif
}
#endif /* BPC_LINUX_APERTURE_H */
#endif /* __BACKPORT_LINUX_APERTURE_H */
