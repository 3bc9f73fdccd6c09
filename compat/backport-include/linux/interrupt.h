/* linux/interrupt.h: the kernel's header plus the tasklet API newer drivers use. */
#ifndef __BACKPORT_LINUX_INTERRUPT_H
#define __BACKPORT_LINUX_INTERRUPT_H
#include_next <linux/interrupt.h>

/* tasklet_disable_in_atomic(): upstream v5.13; probe tasklet_disable_in_atomic.
 * Before 5.13 tasklet_disable() waits by spinning (cpu_relax), so it is the atomic-safe form. */
#ifndef BPC_TASKLET_DISABLE_IN_ATOMIC
#define tasklet_disable_in_atomic(t) tasklet_disable(t)
#endif

#endif /* __BACKPORT_LINUX_INTERRUPT_H */
