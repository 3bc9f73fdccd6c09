/* struct system_device_crosststamp .clock_id/.sys_systime: Linux 6.17 (auxiliary-clock cross-timestamps) */
#include <linux/timekeeping.h>

void bp_probe(struct system_device_crosststamp *x);
void bp_probe(struct system_device_crosststamp *x)
{
	x->sys_systime = x->clock_id == CLOCK_REALTIME ? 0 : 1;
}
