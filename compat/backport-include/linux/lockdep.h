/* lockdep_is_held() without CONFIG_LOCKDEP: newer kernels always define it (for
 * rcu_dereference_protected() users); a macro, so #ifndef is the probe. */
#ifndef __BACKPORT_LINUX_LOCKDEP_H
#define __BACKPORT_LINUX_LOCKDEP_H
#include_next <linux/lockdep.h>

#ifndef lockdep_is_held
#define lockdep_is_held(lock) (1)
#endif

#endif /* __BACKPORT_LINUX_LOCKDEP_H */
