/* KHZ_PER_GHZ and friends: Linux 6.? additions to <linux/units.h>; plain macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_UNITS_H
#define __BACKPORT_LINUX_UNITS_H
#include_next <linux/units.h>

/* KHZ_PER_GHZ: newer than Linux 6.1, present by 6.12; a macro, so #ifndef is the probe */
#ifndef KHZ_PER_GHZ
#define KHZ_PER_GHZ		1000000UL
#endif
/* HZ_PER_GHZ: newer than Linux 6.12 (not in Debian's 6.12.117), in 7.2; a macro, so #ifndef is the probe */
#ifndef HZ_PER_GHZ
#define HZ_PER_GHZ		1000000000UL
#endif

#endif /* __BACKPORT_LINUX_UNITS_H */
