/* debugfs_enter_cancellation(): Linux 6.7, "debugfs: add API to allow debugfs operations cancellation" */
#include <linux/debugfs.h>

void bp_probe(struct file *f, struct debugfs_cancellation *c);
void bp_probe(struct file *f, struct debugfs_cancellation *c)
{
	debugfs_enter_cancellation(f, c);
	debugfs_leave_cancellation(f, c);
}
