/* linux/errqueue.h: the kernel's header plus newer timestamp types. */
#ifndef __BACKPORT_LINUX_ERRQUEUE_H
#define __BACKPORT_LINUX_ERRQUEUE_H
#include_next <linux/errqueue.h>

/* SCM_TSTAMP_COMPLETION: Linux 6.15; probe scm_tstamp_completion (see linux/skbuff.h:
 * without it nothing is tracked, so this type is never reported). Upstream's value. */
#ifndef BPC_SCM_TSTAMP_COMPLETION
#define SCM_TSTAMP_COMPLETION	(SCM_TSTAMP_ACK + 1)
#endif /* BPC_SCM_TSTAMP_COMPLETION */

#endif /* __BACKPORT_LINUX_ERRQUEUE_H */
