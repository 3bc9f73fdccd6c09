/* hrtimer_setup(): Linux 6.13, "hrtimer: Introduce hrtimer_setup() to replace hrtimer_init()" */
#include <linux/hrtimer.h>

static enum hrtimer_restart bp_probe_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

void bp_probe(struct hrtimer *t);
void bp_probe(struct hrtimer *t)
{
	hrtimer_setup(t, bp_probe_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
}
