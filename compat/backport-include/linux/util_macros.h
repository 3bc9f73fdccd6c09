/* linux/util_macros.h: the kernel's header plus the helpers newer code expects there. */
#ifndef __BACKPORT_LINUX_UTIL_MACROS_H
#define __BACKPORT_LINUX_UTIL_MACROS_H
#include_next <linux/util_macros.h>

/* for_each_if(): in linux/util_macros.h newer than Linux 6.12 (in 7.2; before, in
 * drm/drm_util.h, which the release replaces by the 7.2 one); a macro: #ifndef */
#ifndef for_each_if
#define for_each_if(condition) if (!(condition)) {} else
#endif

#endif /* __BACKPORT_LINUX_UTIL_MACROS_H */
