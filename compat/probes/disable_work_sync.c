/* disable_work_sync(), disable_delayed_work[_sync](), enable_work(): Linux 6.10 ("workqueue: Implement disable/enable for (delayed) work items") */
#include <linux/workqueue.h>

bool bp_probe(struct work_struct *w, struct delayed_work *d);
bool bp_probe(struct work_struct *w, struct delayed_work *d)
{
	return disable_work_sync(w) && disable_delayed_work_sync(d) && disable_delayed_work(d) && enable_work(w);
}
