/* <linux/timecounter.h> */
#ifndef __BACKPORT_LINUX_TIMECOUNTER_H
#define __BACKPORT_LINUX_TIMECOUNTER_H
#include_next <linux/timecounter.h>

/* struct cyclecounter .read() argument lost its const in Linux 7.0 (6.x and older: const);
 * SmPL 0500 writes the drivers' read callbacks with this type; probe cyclecounter_read_nonconst */
#ifdef BPC_CYCLECOUNTER_READ_NONCONST
typedef struct cyclecounter bp_cyclecounter_t;
#else
typedef const struct cyclecounter bp_cyclecounter_t;
#endif

#endif /* __BACKPORT_LINUX_TIMECOUNTER_H */
