/* timer_container_of(): Linux 6.16, "timers: Rename from_timer() to timer_container_of()" */
#include <linux/timer.h>

struct bp_probe_s {
	struct timer_list t;
};

struct bp_probe_s *bp_probe(struct timer_list *t);
struct bp_probe_s *bp_probe(struct timer_list *t)
{
	struct bp_probe_s *s;

	return timer_container_of(s, t, t);
}
