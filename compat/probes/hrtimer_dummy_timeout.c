/* probe hrtimer_dummy_timeout(): upstream v6.15 (the callback hrtimer_setup() installs for a NULL function) */
#include <linux/hrtimer.h>

enum hrtimer_restart (*bp_probe(void))(struct hrtimer *);
enum hrtimer_restart (*bp_probe(void))(struct hrtimer *)
{
	return hrtimer_dummy_timeout;
}
