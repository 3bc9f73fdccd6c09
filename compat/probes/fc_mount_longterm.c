/* probe fc_mount_longterm(): Linux 6.17 (internal long-term mounts from a fs_context) */
#include <linux/mount.h>
#include <linux/fs_context.h>

struct vfsmount *(*bp_probe)(struct fs_context *) = fc_mount_longterm;
