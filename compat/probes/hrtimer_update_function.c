/* probe hrtimer_update_function(): upstream v6.15, commit 8f02e3563bb5 ("hrtimers: Introduce hrtimer_update_function()") */
#include <linux/hrtimer.h>

void bp_probe(struct hrtimer *t, enum hrtimer_restart (*fn)(struct hrtimer *));
void bp_probe(struct hrtimer *t, enum hrtimer_restart (*fn)(struct hrtimer *))
{
	hrtimer_update_function(t, fn);
}
