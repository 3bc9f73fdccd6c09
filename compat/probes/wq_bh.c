/* BH workqueues (WQ_BH, system_bh_wq, system_bh_highpri_wq): Linux 6.9, commit 4cb1ef64609f ("workqueue: Implement BH workqueues to eventually replace tasklets") */
#include <linux/workqueue.h>

struct workqueue_struct *bp_probe(unsigned int *flags);
struct workqueue_struct *bp_probe(unsigned int *flags)
{
	*flags = WQ_BH;
	return system_bh_highpri_wq ? system_bh_highpri_wq : system_bh_wq;
}
