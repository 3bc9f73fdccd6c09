/* backport/backport.h: forced first into every file of a release (-include, set by
 * Makefile.build). It pulls in the probe results (backport/autoconf.h, BPC_* macros),
 * the release's own configuration (backport/kconfig.h, CPTCFG_* macros) and the
 * version macros for what no probe can see. Assembler-safe. */
#ifndef __BACKPORT_BACKPORT_H
#define __BACKPORT_BACKPORT_H

#include <linux/kconfig.h>
#include <backport/autoconf.h>
#include <backport/kconfig.h>
#include <linux/version.h>

/* Version checks: use only where no probe can tell (behaviour changes, not API). */
#define LINUX_VERSION_IS_LESS(x1, x2, x3)	(LINUX_VERSION_CODE < KERNEL_VERSION(x1, x2, x3))
#define LINUX_VERSION_IS_GEQ(x1, x2, x3)	(LINUX_VERSION_CODE >= KERNEL_VERSION(x1, x2, x3))
#define LINUX_VERSION_IN_RANGE(x1, x2, x3, y1, y2, y3) \
	(LINUX_VERSION_IS_GEQ(x1, x2, x3) && LINUX_VERSION_IS_LESS(y1, y2, y3))

#ifndef __ASSEMBLY__
/* Symbols exported by compat.ko carry this prefix so they never clash with the kernel's. */
#define LINUX_BACKPORT(sym) backport_ ## sym
#endif

#endif /* __BACKPORT_BACKPORT_H */
