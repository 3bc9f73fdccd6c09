/* __vstring()/__assign_vstr() trace event fields: Linux 5.19, commit 0563231f93c6 ("tracing/events: Add __vstring() and __assign_vstr() helper macros") */
/* iwlwifi's device tracing (iwl-devtrace-msg.h) records its messages with them; without
 * them IWLWIFI_DEVICE_TRACING is switched off (compat/dependencies). The macros exist only
 * inside the trace event stages, so the probe reads the first stage's definitions. */
#include <linux/tracepoint.h>
#include <trace/stages/stage1_struct_define.h>

#ifndef __vstring
#error "no __vstring() trace event field"
#endif

int bp_probe(void);
int bp_probe(void)
{
	return 0;
}
