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

/* __vstring()/__assign_vstr() trace event fields: Linux 5.19, commit 0563231f93c6; probe
 * trace_vstring.  Before, a __dynamic_array of char sized by a first vsnprintf() into
 * nothing (a copy of the va_list each time: the caller's stays usable), filled by a
 * second; the stages of the old trace_events.h expand __dynamic_array as they need
 * (mac80211, ath, ath6kl, ath10k, ath11k, wil6210, brcmfmac, brcmsmac message events). */
#ifndef BPC_TRACE_VSTRING
#include <linux/kernel.h>
static inline __printf(1, 0) int __bp_trace_vstr_len(const char *fmt, va_list *va)
{
	va_list ap;
	int len;

	va_copy(ap, *va);
	len = vsnprintf(NULL, 0, fmt, ap) + 1;
	va_end(ap);
	return len;
}
#define __vstring(item, fmt, ap) __dynamic_array(char, item, __bp_trace_vstr_len(fmt, ap))
#define __assign_vstr(dst, fmt, va) do {					\
		va_list __bp_vstr_ap;						\
		va_copy(__bp_vstr_ap, *(va));					\
		vsnprintf(__get_str(dst), __get_dynamic_array_len(dst),		\
			  fmt, __bp_vstr_ap);					\
		va_end(__bp_vstr_ap);						\
	} while (0)
#endif /* BPC_TRACE_VSTRING */

#endif /* __BACKPORT_LINUX_TRACEPOINT_H */
