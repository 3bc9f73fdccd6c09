#ifndef __BACKPORT_ASM_VIDEO_H
#define __BACKPORT_ASM_VIDEO_H
/* video_is_primary_device(): Linux 6.9 (x86 asm/video.h); probe video_is_primary_device */
#ifdef BPC_VIDEO_IS_PRIMARY_DEVICE
#include_next <asm/video.h>
#else
#include <linux/types.h>
#include <linux/pci.h>
#include <linux/vgaarb.h>

/* video_is_primary_device(struct device *): Linux 6.9 (x86's asm/video.h); probe
 * video_is_primary_device. Before, the same test is fbdev's fb_is_primary_device(), which
 * takes a struct fb_info: the firmware's default VGA device, or, without one, a PCI
 * display device whose ROM is shadowed (the screen_info framebuffer match of 6.16+ is
 * not there). */
#define video_is_primary_device LINUX_BACKPORT(video_is_primary_device)
static inline bool video_is_primary_device(struct device *dev)
{
	struct pci_dev *default_device = vga_default_device();
	struct pci_dev *pdev;

	if (!dev || !dev_is_pci(dev))
		return false;
	pdev = to_pci_dev(dev);
	if (default_device)
		return pdev == default_device;
	return pdev->resource[PCI_ROM_RESOURCE].flags & IORESOURCE_ROM_SHADOW;
}
#endif
#endif /* __BACKPORT_ASM_VIDEO_H */
