/* linux/minmax.h: the kernel's header plus the helpers newer code expects there. */
#ifndef __BACKPORT_LINUX_MINMAX_H
#define __BACKPORT_LINUX_MINMAX_H
#include_next <linux/minmax.h>

/* MIN_T()/MAX_T(): the constant-expression min_t()/max_t() of Linux 6.11 (an array bound in
 * drm_color_mgmt.c); Debian 5.10.0-46 and 6.1 have them from their stable updates,
 * 5.10.0-30/-32 do not. Each argument is evaluated twice, as in the kernel's: for
 * constants. A macro: #ifndef */
#ifndef MIN_T
#define MIN_T(type, a, b) ((type)(a) < (type)(b) ? (type)(a) : (type)(b))
#endif
#ifndef MAX_T
#define MAX_T(type, a, b) ((type)(a) > (type)(b) ? (type)(a) : (type)(b))
#endif

#endif /* __BACKPORT_LINUX_MINMAX_H */
