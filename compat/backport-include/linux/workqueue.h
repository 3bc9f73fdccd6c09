/* system_dfl_wq / system_percpu_wq: Linux 6.17 (new names of system_unbound_wq / system_wq); guarded by BPC_SYSTEM_DFL_WQ */
#ifndef __BACKPORT_LINUX_WORKQUEUE_H
#define __BACKPORT_LINUX_WORKQUEUE_H
#include_next <linux/workqueue.h>

#ifndef BPC_SYSTEM_DFL_WQ
#define system_dfl_wq system_unbound_wq
#define system_percpu_wq system_wq
#endif /* BPC_SYSTEM_DFL_WQ */

#endif /* __BACKPORT_LINUX_WORKQUEUE_H */
