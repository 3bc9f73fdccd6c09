/* us_to_ktime(): Linux 6.17 ("ktime: Add us_to_ktime() helper") */
#include <linux/ktime.h>

ktime_t bp_probe(u64 us);
ktime_t bp_probe(u64 us)
{
	return us_to_ktime(us);
}
