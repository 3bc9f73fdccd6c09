/* system_dfl_wq / system_percpu_wq: Linux 6.17 (new names of system_unbound_wq / system_wq); guarded by BPC_SYSTEM_DFL_WQ
 * WQ_PERCPU: Linux 6.17, also in Debian's 6.12.117 (explicit per-cpu flag; before it, a workqueue without WQ_UNBOUND
 * is per-cpu, so 0 means the same); guarded by BPC_WQ_PERCPU
 * WQ_BH, system_bh_wq, BP_BH_WORK(): Linux 6.9 (degraded to a high-priority workqueue with BH off); guarded by BPC_WQ_BH */
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

/* BH workqueues (WQ_BH, system_bh_wq, system_bh_highpri_wq): Linux 6.9, commit 4cb1ef64609f;
 * probe wq_bh. Degraded: before 6.9 a workqueue cannot run its items in softirq context, so a
 * "BH" workqueue here is a per-cpu high-priority one (items run in a kworker, on the CPU that
 * queued them). A driver whose BH work function needs softirq-like context (BH off, no sleep:
 * mac80211 rx, spin_lock() against its softirq users) wraps it: BP_BH_WORK_FN(fn) after fn's
 * definition makes bp_bh_fn(), which runs fn between local_bh_disable()/local_bh_enable(),
 * and INIT_WORK() names BP_BH_WORK(fn). Where the kernel has BH workqueues both are plain fn. */
#ifndef BPC_WQ_BH
#include <linux/bottom_half.h>
#define WQ_BH			WQ_HIGHPRI
#define system_bh_wq		system_highpri_wq
#define system_bh_highpri_wq	system_highpri_wq
#define BP_BH_WORK_FN(fn)						\
	static void bp_bh_##fn(struct work_struct *bp_work)		\
	{								\
		local_bh_disable();					\
		fn(bp_work);						\
		local_bh_enable();					\
	}
#define BP_BH_WORK(fn)		bp_bh_##fn
#else
#define BP_BH_WORK_FN(fn)
#define BP_BH_WORK(fn)		fn
#endif /* BPC_WQ_BH */

#endif /* __BACKPORT_LINUX_WORKQUEUE_H */
