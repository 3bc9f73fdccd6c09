// SPDX-License-Identifier: GPL-2.0-or-later
/* Trimmed from drivers/net/wireless/ralink/rt2x00/rt2x00dev.c (v7.2.13) */
#include <linux/hrtimer.h>

int rt2x00lib_probe_dev(struct rt2x00_dev *rt2x00dev)
{
	mutex_init(&rt2x00dev->conf_mutex);
	INIT_LIST_HEAD(&rt2x00dev->bar_list);
	spin_lock_init(&rt2x00dev->bar_list_lock);
	hrtimer_setup(&rt2x00dev->txstatus_timer, hrtimer_dummy_timeout, CLOCK_MONOTONIC,
		      HRTIMER_MODE_REL);

	set_bit(DEVICE_STATE_PRESENT, &rt2x00dev->flags);
	return 0;
}
