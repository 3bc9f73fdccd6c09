/* linux/mutex.h: the kernel's header plus the mutex guard newer drivers use. */
#ifndef __BACKPORT_LINUX_MUTEX_H
#define __BACKPORT_LINUX_MUTEX_H
#include_next <linux/mutex.h>

/* guard(mutex), __free(mutex): upstream v6.5; a target without <linux/cleanup.h>
 * (probe linux_cleanup_h) has neither */
#ifndef BPC_LINUX_CLEANUP_H
#include <linux/cleanup.h>
DEFINE_GUARD(mutex, struct mutex *, mutex_lock(_T), mutex_unlock(_T))
DEFINE_FREE(mutex, struct mutex *, if (_T) mutex_unlock(_T))
#endif /* BPC_LINUX_CLEANUP_H */

#endif /* __BACKPORT_LINUX_MUTEX_H */
