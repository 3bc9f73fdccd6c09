/* linux/dynamic_debug.h: the kernel's header plus the class-map declaration. */
#ifndef __BACKPORT_LINUX_DYNAMIC_DEBUG_H
#define __BACKPORT_LINUX_DYNAMIC_DEBUG_H
#include_next <linux/dynamic_debug.h>

/* DECLARE_DYNDBG_CLASSMAP(): Linux 6.1 ("dyndbg: add DECLARE_DYNDBG_CLASSMAP macro"), the
 * names of drm's debug categories for dynamic debug (used with
 * CONFIG_DRM_USE_DYNAMIC_DEBUG). Before, dynamic debug has no classes: the declaration
 * declares nothing (drm.debug= keeps selecting the categories). A macro, so #ifndef is
 * the probe. */
#ifndef DECLARE_DYNDBG_CLASSMAP
#define DECLARE_DYNDBG_CLASSMAP(_var, _type, _base, ...) \
	extern int __bp_dyndbg_classmap_unused_##_var
#endif

#endif /* __BACKPORT_LINUX_DYNAMIC_DEBUG_H */
