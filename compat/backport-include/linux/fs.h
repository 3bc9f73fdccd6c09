/* linux/fs.h: the kernel's header plus the 6.12 file_operations flags. */
#ifndef __BACKPORT_LINUX_FS_H
#define __BACKPORT_LINUX_FS_H
#include_next <linux/fs.h>

/* file_operations.fop_flags / FOP_UNSIGNED_OFFSET: Linux 6.12 (the unsigned-offset
 * property moved from FMODE_UNSIGNED_OFFSET, set on each open file, to the fops).
 * BP_FOP_UNSIGNED_OFFSET follows the initializer before it (it brings its own leading
 * comma): the flag where the fops carry it, nothing before 6.12, where patch 0606 sets
 * FMODE_UNSIGNED_OFFSET at open instead.
 * probe fop_unsigned_offset */
#ifdef BPC_FOP_UNSIGNED_OFFSET
#define BP_FOP_UNSIGNED_OFFSET , .fop_flags = FOP_UNSIGNED_OFFSET
#else
#define BP_FOP_UNSIGNED_OFFSET
#endif

#endif /* __BACKPORT_LINUX_FS_H */
