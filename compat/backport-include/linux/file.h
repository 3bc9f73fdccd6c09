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

#endif /* __BACKPORT_LINUX_FILE_H */
