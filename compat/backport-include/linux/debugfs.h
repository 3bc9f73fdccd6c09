/* debugfs_change_name(): Linux 6.15 (replaces debugfs_rename()); guarded by BPC_DEBUGFS_CHANGE_NAME.
 * debugfs_short_fops: Linux 6.14; guarded by BPC_DEBUGFS_SHORT_FOPS.
 * debugfs cancellation: Linux 6.7; guarded by BPC_DEBUGFS_CANCELLATION. */
#ifndef __BACKPORT_LINUX_DEBUGFS_H
#define __BACKPORT_LINUX_DEBUGFS_H
#include_next <linux/debugfs.h>

/* debugfs_change_name(): Linux 6.15 (replaces debugfs_rename()); probe debugfs_change_name (BPC_DEBUGFS_CHANGE_NAME) */
#ifndef BPC_DEBUGFS_CHANGE_NAME
#include <linux/slab.h>
#include <linux/err.h>
#include <linux/dcache.h>

static inline __printf(2, 3)
int debugfs_change_name(struct dentry *dentry, const char *fmt, ...)
{
	struct dentry *parent, *ret;
	va_list ap;
	char *name;

	if (IS_ERR_OR_NULL(dentry))
		return 0;
	va_start(ap, fmt);
	name = kvasprintf(GFP_KERNEL, fmt, ap);
	va_end(ap);
	if (!name)
		return -ENOMEM;
	parent = dentry->d_parent;
	ret = debugfs_rename(parent, dentry, parent, name);
	kfree(name);
	return IS_ERR(ret) ? PTR_ERR(ret) : 0;
}
#endif /* BPC_DEBUGFS_CHANGE_NAME */

/* struct debugfs_short_fops: Linux 6.14; guarded by BPC_DEBUGFS_SHORT_FOPS.
 * patches/0302-debugfs-short-fops puts BP_DEBUGFS_SHORT_FOPS_OPEN in each
 * initializer so the old full-proxy fops get the simple_open short fops imply. */
#ifdef BPC_DEBUGFS_SHORT_FOPS
#define BP_DEBUGFS_SHORT_FOPS_OPEN
#else
#include <linux/fs.h>
#define debugfs_short_fops file_operations
#define BP_DEBUGFS_SHORT_FOPS_OPEN .open = simple_open,
#endif /* BPC_DEBUGFS_SHORT_FOPS */

/* debugfs cancellation: Linux 6.7; guarded by BPC_DEBUGFS_CANCELLATION.
 * Older debugfs waits for running handlers on removal, the callers' cancel
 * hook is simply never called. */
#ifndef BPC_DEBUGFS_CANCELLATION
struct debugfs_cancellation {
	struct list_head list;
	void (*cancel)(struct dentry *, void *);
	void *cancel_data;
};
static inline void debugfs_enter_cancellation(struct file *file,
					      struct debugfs_cancellation *c)
{
}
static inline void debugfs_leave_cancellation(struct file *file,
					      struct debugfs_cancellation *c)
{
}
#endif /* BPC_DEBUGFS_CANCELLATION */

#endif /* __BACKPORT_LINUX_DEBUGFS_H */
