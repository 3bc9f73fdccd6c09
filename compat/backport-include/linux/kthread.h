/* linux/kthread.h: the kernel's header plus the worker helpers newer code uses. */
#ifndef __BACKPORT_LINUX_KTHREAD_H
#define __BACKPORT_LINUX_KTHREAD_H
#include_next <linux/kthread.h>

/* kthread_run_worker(): Linux 6.14 split kthread_create_worker() into a create (not
 * woken) and a run variant; before, kthread_create_worker() creates and wakes the
 * worker, which is what kthread_run_worker() does. A macro: #ifndef */
#ifndef kthread_run_worker
#define kthread_run_worker(flags, namefmt, ...) \
	kthread_create_worker(flags, namefmt, ##__VA_ARGS__)
#endif

#endif /* __BACKPORT_LINUX_KTHREAD_H */
