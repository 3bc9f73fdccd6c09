/* debugfs_change_name(): Linux 6.15 (replaces debugfs_rename()); guarded by BPC_DEBUGFS_CHANGE_NAME */
#ifndef __BACKPORT_LINUX_DEBUGFS_H
#define __BACKPORT_LINUX_DEBUGFS_H
#include_next <linux/debugfs.h>

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

#endif /* __BACKPORT_LINUX_DEBUGFS_H */
