/* __assign_str(dst) without source: upstream v6.10, commit 2c92ca849fcc; patches/0304
 * turns every __assign_str(dst) into __bp_assign_str(dst, src); probe
 * trace_assign_str_dst_only (the macro's arity, through __stringify()).
 *
 * The kernel's header is included on every inclusion, outside our guard: its second
 * half (TP_PROTO, DECLARE_TRACE, TRACE_EVENT...) is meant to be read again after
 * define_trace.h undefined those macros (CREATE_TRACE_POINTS). Guarding it made
 * every driver-local trace header (iwlwifi's iwl-devtrace-*.h) fail to compile. */
#include_next <linux/tracepoint.h>

#ifndef __BACKPORT_LINUX_TRACEPOINT_H
#define __BACKPORT_LINUX_TRACEPOINT_H

/* __bp_assign_str(): upstream v6.10, commit 2c92ca849fcc; probe trace_assign_str_dst_only */
#ifdef BPC_TRACE_ASSIGN_STR_DST_ONLY
#define __bp_assign_str(dst, src) __assign_str(dst)
#else
#define __bp_assign_str(dst, src) __assign_str(dst, src)
#endif

#endif /* __BACKPORT_LINUX_TRACEPOINT_H */
