/* <linux/timekeeping.h> */
#ifndef __BACKPORT_LINUX_TIMEKEEPING_H
#define __BACKPORT_LINUX_TIMEKEEPING_H
#include_next <linux/timekeeping.h>

/* ktime_get_snapshot_id(clock_id, snap): upstream v6.17 (snapshots of auxiliary clocks);
 * probe ktime_get_snapshot_id.  Older kernels snapshot CLOCK_REALTIME (and the raw clock)
 * only, which is the one clock_id their cross-timestamp callers can ask for (without
 * crosststamp .clock_id, BPC_CROSSTSTAMP_CLOCK_ID, the caller sets CLOCK_REALTIME). */
#ifndef BPC_KTIME_GET_SNAPSHOT_ID
#define ktime_get_snapshot_id(clock_id, snap) ktime_get_snapshot(snap)
#endif

#endif /* __BACKPORT_LINUX_TIMEKEEPING_H */
