/* linux/fb.h: the kernel's fbdev core plus the helper macros of newer kernels. */
#ifndef __BACKPORT_LINUX_FB_H
#define __BACKPORT_LINUX_FB_H
#include_next <linux/fb.h>

/* FB_GEN_DEFAULT_DEFERRED_SYSMEM_OPS() and the __FB_DEFAULT_DEFERRED_OPS_*() initializers:
 * Linux 6.6 ("fbdev: Add fb_ops init macros for framebuffers in system memory" and the
 * deferred-I/O variants). They generate read/write/draw callbacks over the system-memory
 * helpers (fb_sys_read/write, sys_fillrect/copyarea/imageblit: built into every Debian
 * kernel with CONFIG_FB_SYS_*=y) that report the damage to a deferred-I/O driver.
 * Macros, so #ifndef */
#ifndef FB_GEN_DEFAULT_DEFERRED_SYSMEM_OPS
#define __FB_GEN_DEFAULT_DEFERRED_OPS_RDWR(__prefix, __damage_range, __mode) \
	static ssize_t __prefix ## _defio_read(struct fb_info *info, char __user *buf, \
					       size_t count, loff_t *ppos) \
	{ \
		return fb_ ## __mode ## _read(info, buf, count, ppos); \
	} \
	static ssize_t __prefix ## _defio_write(struct fb_info *info, const char __user *buf, \
						size_t count, loff_t *ppos) \
	{ \
		unsigned long offset = *ppos; \
		ssize_t ret = fb_ ## __mode ## _write(info, buf, count, ppos); \
		if (ret > 0) \
			__damage_range(info, offset, ret); \
		return ret; \
	}

#define __FB_GEN_DEFAULT_DEFERRED_OPS_DRAW(__prefix, __damage_area, __mode) \
	static void __prefix ## _defio_fillrect(struct fb_info *info, \
						const struct fb_fillrect *rect) \
	{ \
		__mode ## _fillrect(info, rect); \
		__damage_area(info, rect->dx, rect->dy, rect->width, rect->height); \
	} \
	static void __prefix ## _defio_copyarea(struct fb_info *info, \
						const struct fb_copyarea *area) \
	{ \
		__mode ## _copyarea(info, area); \
		__damage_area(info, area->dx, area->dy, area->width, area->height); \
	} \
	static void __prefix ## _defio_imageblit(struct fb_info *info, \
						 const struct fb_image *image) \
	{ \
		__mode ## _imageblit(info, image); \
		__damage_area(info, image->dx, image->dy, image->width, image->height); \
	}

#define FB_GEN_DEFAULT_DEFERRED_SYSMEM_OPS(__prefix, __damage_range, __damage_area) \
	__FB_GEN_DEFAULT_DEFERRED_OPS_RDWR(__prefix, __damage_range, sys) \
	__FB_GEN_DEFAULT_DEFERRED_OPS_DRAW(__prefix, __damage_area, sys)

#define __FB_DEFAULT_DEFERRED_OPS_RDWR(__prefix) \
	.fb_read	= __prefix ## _defio_read, \
	.fb_write	= __prefix ## _defio_write

#define __FB_DEFAULT_DEFERRED_OPS_DRAW(__prefix) \
	.fb_fillrect	= __prefix ## _defio_fillrect, \
	.fb_copyarea	= __prefix ## _defio_copyarea, \
	.fb_imageblit	= __prefix ## _defio_imageblit
#endif

/* fb_WARN_ON_ONCE(info, cond): Linux 6.3 (fbdev's dev_WARN_ONCE wrappers); a macro, so
 * #ifndef. Before, the plain warning (without the device name) */
#ifndef fb_WARN_ON_ONCE
#define fb_WARN_ON_ONCE(info, condition) WARN_ON_ONCE(condition)
#endif

/* The fb_ops initializers for framebuffers in DMA-able memory: Linux 6.7 (drm_fbdev_dma's
 * shadow buffer). The same system-memory helpers as the SYSMEM variants above; macros, so
 * #ifndef each */
#ifndef __FB_DEFAULT_DMAMEM_OPS_RDWR
#define __FB_DEFAULT_DMAMEM_OPS_RDWR \
	.fb_read	= fb_sys_read, \
	.fb_write	= fb_sys_write
#endif
#ifndef __FB_DEFAULT_DMAMEM_OPS_DRAW
#define __FB_DEFAULT_DMAMEM_OPS_DRAW \
	.fb_fillrect	= sys_fillrect, \
	.fb_copyarea	= sys_copyarea, \
	.fb_imageblit	= sys_imageblit
#endif
#ifndef FB_GEN_DEFAULT_DEFERRED_DMAMEM_OPS
#define FB_GEN_DEFAULT_DEFERRED_DMAMEM_OPS(__prefix, __damage_range, __damage_area) \
	__FB_GEN_DEFAULT_DEFERRED_OPS_RDWR(__prefix, __damage_range, sys) \
	__FB_GEN_DEFAULT_DEFERRED_OPS_DRAW(__prefix, __damage_area, sys)
#endif

#endif /* __BACKPORT_LINUX_FB_H */
