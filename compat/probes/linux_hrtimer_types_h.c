/* probe linux/hrtimer_types.h: Linux 6.8 (struct hrtimer split out of linux/hrtimer.h) */
#include <linux/hrtimer_types.h>

void bp_probe(struct hrtimer *t);
void bp_probe(struct hrtimer *t)
{
	t->function = NULL;
}
