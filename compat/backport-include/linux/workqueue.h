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

#endif /* __BACKPORT_LINUX_WORKQUEUE_H */
