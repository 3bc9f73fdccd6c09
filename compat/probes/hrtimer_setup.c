/* probe hrtimer_setup(): upstream v6.13, commit 908a1d775422 ("hrtimers: Introduce hrtimer_setup() to replace hrtimer_init()") */
#include <linux/hrtimer.h>

void bp_probe(struct hrtimer *t, enum hrtimer_restart (*fn)(struct hrtimer *));
void bp_probe(struct hrtimer *t, enum hrtimer_restart (*fn)(struct hrtimer *))
{
	hrtimer_setup(t, fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
}
