/* system_dfl_wq: Linux 6.17, "workqueue: Add system_percpu_wq and system_dfl_wq" */
#include <linux/workqueue.h>

struct workqueue_struct *bp_probe(void);
struct workqueue_struct *bp_probe(void)
{
	return system_dfl_wq;
}
