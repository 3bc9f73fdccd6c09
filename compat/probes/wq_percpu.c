/* WQ_PERCPU workqueue flag: Linux 6.17, "workqueue: Add new WQ_PERCPU flag" (an enum value) */
#include <linux/workqueue.h>

unsigned int bp_probe(void);
unsigned int bp_probe(void)
{
	return WQ_PERCPU;
}
