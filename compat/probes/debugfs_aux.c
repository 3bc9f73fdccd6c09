/* debugfs_create_file_aux() / debugfs_get_aux(): Linux 6.14, "debugfs: separate cache for debugfs inodes" series */
#include <linux/debugfs.h>

static const struct file_operations bp_probe_fops;

void *bp_probe(struct file *f);
void *bp_probe(struct file *f)
{
	debugfs_create_file_aux("bp", 0400, NULL, NULL, NULL, &bp_probe_fops);
	return (void *)debugfs_get_aux(f);
}
