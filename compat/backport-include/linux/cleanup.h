/* scoped_guard() as a jump-based loop: guarded by BPC_SCOPED_GUARD_JUMP.  The
 * older for-loop form makes gcc warn (-Werror=return-type) about functions that
 * return from inside the guarded block, which 7.2 code does. */
#ifndef __BACKPORT_LINUX_CLEANUP_H
#define __BACKPORT_LINUX_CLEANUP_H
#include_next <linux/cleanup.h>

#ifndef BPC_SCOPED_GUARD_JUMP
#include <linux/compiler.h>
#undef scoped_guard
#define __bp_scoped_guard(_name, _label, args...)			\
	for (CLASS(_name, scope)(args); true; ({ goto _label; }))	\
		if (0) {						\
_label:									\
			break;						\
		} else
#define scoped_guard(_name, args...)					\
	__bp_scoped_guard(_name, __UNIQUE_ID(label), args)
#endif /* BPC_SCOPED_GUARD_JUMP */

#endif /* __BACKPORT_LINUX_CLEANUP_H */
