// SPDX-License-Identifier: GPL-2.0-only
/* Shaped after drivers/net/wireless/virtual/mac80211_hwsim_main.c (v7.2.13): calls in
 * a loop body and under an if; plus a timer given by pointer. */
#include <linux/hrtimer.h>

static int hwsim_new_radio(struct mac80211_hwsim_data *data, bool nan)
{
	int i;

	if (nan) {
#ifdef BPC_HRTIMER_SETUP
		hrtimer_setup(&data->nan.slot_timer,
			      mac80211_hwsim_nan_slot_timer, CLOCK_BOOTTIME,
			      HRTIMER_MODE_ABS_SOFT);
#else
		hrtimer_init(&data->nan.slot_timer, CLOCK_BOOTTIME,
			     HRTIMER_MODE_ABS_SOFT);
		data->nan.slot_timer.function = mac80211_hwsim_nan_slot_timer;
#endif
	}

	for (i = 0; i < ARRAY_SIZE(data->link_data); i++) {
#ifdef BPC_HRTIMER_SETUP
		hrtimer_setup(&data->link_data[i].beacon_timer,
			      mac80211_hwsim_beacon, CLOCK_MONOTONIC,
			      HRTIMER_MODE_ABS_SOFT);
#else
		hrtimer_init(&data->link_data[i].beacon_timer,
			     CLOCK_MONOTONIC, HRTIMER_MODE_ABS_SOFT);
		data->link_data[i].beacon_timer.function = mac80211_hwsim_beacon;
#endif
		data->link_data[i].link_id = i;
	}
	return 0;
}

static void foo_timer_init(struct hrtimer *t)
{
#ifdef BPC_HRTIMER_SETUP
	hrtimer_setup(t, foo_timer_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
#else
	hrtimer_init(t, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	t->function = foo_timer_fn;
#endif
}
