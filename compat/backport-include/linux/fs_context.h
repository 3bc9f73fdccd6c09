/* linux/fs_context.h: the kernel's header plus the newer calling conventions. */
#ifndef __BACKPORT_LINUX_FS_CONTEXT_H
#define __BACKPORT_LINUX_FS_CONTEXT_H
#include_next <linux/fs_context.h>
#include <linux/string.h>

/* vfs_parse_fs_string(fc, key, value): Linux 6.18 dropped the length argument (it was
 * always strlen(value)); probe vfs_parse_fs_string_no_len */
#ifndef BPC_VFS_PARSE_FS_STRING_NO_LEN
#define vfs_parse_fs_string(fc, key, value) \
	vfs_parse_fs_string(fc, key, value, (value) ? strlen(value) : 0)
#endif

#endif /* __BACKPORT_LINUX_FS_CONTEXT_H */
