/* __assign_str(dst) without source: Linux 6.10 (2c92ca849fcc); patches/0304 turns
 * every __assign_str(dst) into __bp_assign_str(dst, src).  Guarded by version:
 * the macro's arity cannot be probed without a full trace event. */
#ifndef __BACKPORT_LINUX_TRACEPOINT_H
#define __BACKPORT_LINUX_TRACEPOINT_H
#include_next <linux/tracepoint.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 10, 0)
#define __bp_assign_str(dst, src) __assign_str(dst)
#else
#define __bp_assign_str(dst, src) __assign_str(dst, src)
#endif

#endif /* __BACKPORT_LINUX_TRACEPOINT_H */
