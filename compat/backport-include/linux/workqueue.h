/* system_dfl_wq / system_percpu_wq: Linux 6.17 (new names of system_unbound_wq / system_wq); guarded by BPC_SYSTEM_DFL_WQ
 * WQ_PERCPU: Linux 6.17, also in Debian's 6.12.117 (explicit per-cpu flag; before it, a workqueue without WQ_UNBOUND
 * is per-cpu, so 0 means the same); guarded by BPC_WQ_PERCPU */
#ifndef __BACKPORT_LINUX_WORKQUEUE_H
#define __BACKPORT_LINUX_WORKQUEUE_H
#include_next <linux/workqueue.h>

/* system_dfl_wq / system_percpu_wq: Linux 6.17 (new names of system_unbound_wq / system_wq); probe system_dfl_wq (BPC_SYSTEM_DFL_WQ) */
#ifndef BPC_SYSTEM_DFL_WQ
#define system_dfl_wq system_unbound_wq
#define system_percpu_wq system_wq
#endif /* BPC_SYSTEM_DFL_WQ */

/* WQ_PERCPU: Linux 6.17, also in Debian's 6.12.117; probe wq_percpu (BPC_WQ_PERCPU) */
#ifndef BPC_WQ_PERCPU
#define WQ_PERCPU 0
#endif /* BPC_WQ_PERCPU */

/* disable_work[_sync](), disable_delayed_work[_sync](), enable_work(): Linux 6.10 ("workqueue:
 * Implement disable/enable for (delayed) work items"); probe disable_work_sync. Before,
 * a work item cannot be disabled: these cancel it (waiting where the _sync form waits) and
 * enable_work() has nothing to undo. Weaker than upstream: a work queued again after the
 * call runs (callers that tear down also stop what queues the work). */
#ifndef BPC_DISABLE_WORK_SYNC
#define disable_work_sync(work)		cancel_work_sync(work)
#define disable_delayed_work_sync(dw)	cancel_delayed_work_sync(dw)
#define disable_delayed_work(dw)	cancel_delayed_work(dw)
#define disable_work(work)		cancel_work(work)
#define enable_work(work)		({ (void)(work); true; })
#endif /* BPC_DISABLE_WORK_SYNC */

#endif /* __BACKPORT_LINUX_WORKQUEUE_H */
