/* struct debugfs_short_fops accepted by debugfs_create_file(): Linux 6.14, "debugfs: add small file operations for most files" */
#include <linux/debugfs.h>

static const struct debugfs_short_fops bp_probe_fops = {
	.llseek = NULL,
};

struct dentry *bp_probe(void);
struct dentry *bp_probe(void)
{
	return debugfs_create_file("bp", 0400, NULL, NULL, &bp_probe_fops);
}
