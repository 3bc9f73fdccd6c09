/* <linux/semaphore.h> */
#ifndef __BACKPORT_LINUX_SEMAPHORE_H
#define __BACKPORT_LINUX_SEMAPHORE_H
#include_next <linux/semaphore.h>

/* DEFINE_SEMAPHORE(name, count): upstream v6.4 (the initial count is an argument); probe
 * define_semaphore_count.  Before, DEFINE_SEMAPHORE(name) always counts 1. */
#ifndef BPC_DEFINE_SEMAPHORE_COUNT
#undef DEFINE_SEMAPHORE
#define DEFINE_SEMAPHORE(_name, _n)	\
	struct semaphore _name = __SEMAPHORE_INITIALIZER(_name, _n)
#endif /* BPC_DEFINE_SEMAPHORE_COUNT */

#endif /* __BACKPORT_LINUX_SEMAPHORE_H */
