/* probe vfs_parse_fs_string(fc, key, value) without the length: Linux 6.18 (the len argument was dropped) */
#include <linux/fs_context.h>

int bp_probe(struct fs_context *fc);
int bp_probe(struct fs_context *fc)
{
	return vfs_parse_fs_string(fc, "source", "tmpfs");
}
