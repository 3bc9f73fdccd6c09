/* secs_to_jiffies(): Linux 6.13 ("jiffies: Define secs_to_jiffies()"), in some Debian stables only; a macro, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_JIFFIES_H
#define __BACKPORT_LINUX_JIFFIES_H
#include_next <linux/jiffies.h>

/* secs_to_jiffies(): Linux 6.13 ("jiffies: Define secs_to_jiffies()"), in some Debian stables only */
#ifndef secs_to_jiffies
#define secs_to_jiffies(_secs) (unsigned long)((_secs) * HZ)
#endif

#endif /* __BACKPORT_LINUX_JIFFIES_H */
