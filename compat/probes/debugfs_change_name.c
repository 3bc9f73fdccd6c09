/* debugfs_change_name(): Linux 6.15, "debugfs: add debugfs_change_name()" */
#include <linux/debugfs.h>

int bp_probe(struct dentry *d);
int bp_probe(struct dentry *d)
{
	return debugfs_change_name(d, "x%d", 1);
}
