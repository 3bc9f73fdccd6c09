/* linux/uio.h: the kernel's header plus the iov_iter names newer code uses. */
#ifndef __BACKPORT_LINUX_UIO_H
#define __BACKPORT_LINUX_UIO_H
#include_next <linux/uio.h>

/* ITER_SOURCE / ITER_DEST: upstream v6.1, commit de4eda9de2d9 ("use less confusing names
 * for iov_iter direction initializers"; Debian 5.10.0-45 carries it by backport,
 * 5.10.0-44 and older do not); macros, so #ifndef is the probe */
#ifndef ITER_SOURCE
#define ITER_SOURCE	WRITE
#endif
#ifndef ITER_DEST
#define ITER_DEST	READ
#endif

#endif /* __BACKPORT_LINUX_UIO_H */
