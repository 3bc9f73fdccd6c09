#ifndef __BACKPORT_LINUX_SPRINTF_H
#define __BACKPORT_LINUX_SPRINTF_H
/* linux/sprintf.h: Linux 6.8, the sprintf family split out of linux/kernel.h;
 * probe linux_sprintf_h */
#ifdef BPC_LINUX_SPRINTF_H
#include_next <linux/sprintf.h>
#else
#include <linux/kernel.h>
#endif
#endif /* __BACKPORT_LINUX_SPRINTF_H */
