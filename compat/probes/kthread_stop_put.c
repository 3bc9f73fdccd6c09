/* kthread_stop_put(): upstream v6.6, "kthread: add kthread_stop_put" */
#include <linux/kthread.h>

int bp_probe(struct task_struct *k);
int bp_probe(struct task_struct *k)
{
	return kthread_stop_put(k);
}
