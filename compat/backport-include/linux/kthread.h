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

/* kthread_stop_put(): upstream v6.6; probe kthread_stop_put.  kthread_stop() then drop the
 * task reference the caller held (get_task_struct() after kthread_run()). */
#ifndef BPC_KTHREAD_STOP_PUT
#include <linux/sched/task.h>
static inline int kthread_stop_put(struct task_struct *k)
{
	int ret = kthread_stop(k);

	put_task_struct(k);
	return ret;
}
#endif

/* kthread_complete_and_exit(): upstream v5.17 (complete_and_exit() renamed, moved to
 * kthread.h); probe kthread_complete_and_exit.  The same call under its old name. */
#ifndef BPC_KTHREAD_COMPLETE_AND_EXIT
#include <linux/kernel.h>
#define kthread_complete_and_exit(comp, code)	complete_and_exit(comp, code)
#endif

#endif /* __BACKPORT_LINUX_KTHREAD_H */
