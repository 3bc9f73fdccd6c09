/* linux/eventfd.h: the kernel's header plus the one-argument eventfd_signal(). */
#ifndef __BACKPORT_LINUX_EVENTFD_H
#define __BACKPORT_LINUX_EVENTFD_H
#include_next <linux/eventfd.h>

/* eventfd_signal(ctx): Linux 6.8, commit 3652117f8548 (every caller passed n = 1, the
 * count was dropped); probe eventfd_signal_no_count */
#ifndef BPC_EVENTFD_SIGNAL_NO_COUNT
#define eventfd_signal(ctx) eventfd_signal(ctx, 1)
#endif

#endif /* __BACKPORT_LINUX_EVENTFD_H */
