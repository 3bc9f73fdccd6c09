/* probe file_operations.fop_flags with FOP_UNSIGNED_OFFSET: Linux 6.12 (replaces FMODE_UNSIGNED_OFFSET set at open) */
#include <linux/fs.h>

static const struct file_operations bp_fops = {
	.fop_flags = FOP_UNSIGNED_OFFSET,
};
const struct file_operations *bp_probe(void);
const struct file_operations *bp_probe(void)
{
	return &bp_fops;
}
