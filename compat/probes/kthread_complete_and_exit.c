/* kthread_complete_and_exit(): upstream v5.17, "exit: Rename complete_and_exit to kthread_complete_and_exit" */
#include <linux/kthread.h>
#include <linux/completion.h>

void bp_probe(struct completion *c);
void bp_probe(struct completion *c)
{
	kthread_complete_and_exit(c, 0);
}
