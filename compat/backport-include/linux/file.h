/* linux/file.h: the kernel's header plus the newer struct fd accessors. */
#ifndef __BACKPORT_LINUX_FILE_H
#define __BACKPORT_LINUX_FILE_H
#include_next <linux/file.h>

/* fd_file()/fd_empty(): Linux 6.12 (struct fd became an opaque word); before, the
 * struct has a .file member. probe fd_file */
#ifndef BPC_FD_FILE
#define fd_file(f) ((f).file)
#define fd_empty(f) unlikely(!(f).file)
#endif

/* CLASS(fd, f)(fd) (drm_syncobj.c): the class <linux/file.h> defines since Linux 6.5,
 * next to <linux/cleanup.h>; every Debian target with that header has it (5.10.0-43 and
 * later, 6.1, 6.12), 5.10.0-30/-32 have neither. probe linux_cleanup_h */
#ifndef BPC_LINUX_CLEANUP_H
#include <linux/cleanup.h>
DEFINE_CLASS(fd, struct fd, fdput(_T), fdget(fd), int fd)
#endif /* BPC_LINUX_CLEANUP_H */

#endif /* __BACKPORT_LINUX_FILE_H */
