/* probe ktime_get_snapshot_id(): upstream v6.17 (system time snapshots of auxiliary clocks) */
#include <linux/timekeeping.h>

void bp_probe(struct system_time_snapshot *snap);
void bp_probe(struct system_time_snapshot *snap)
{
	ktime_get_snapshot_id(CLOCK_REALTIME, snap);
}
