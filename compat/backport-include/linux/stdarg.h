/* <linux/stdarg.h>: Linux 5.15 (the kernel's own va_list macros); before, kbuild
 * compiles with the compiler's <stdarg.h> on the -isystem path. probe linux_stdarg_h */
#ifndef __BACKPORT_LINUX_STDARG_H
#define __BACKPORT_LINUX_STDARG_H
/* <linux/stdarg.h>: Linux 5.15; probe linux_stdarg_h */
#ifdef BPC_LINUX_STDARG_H
#include_next <linux/stdarg.h>
#else
#include <stdarg.h>
#endif
#endif /* __BACKPORT_LINUX_STDARG_H */
