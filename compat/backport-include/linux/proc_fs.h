/* linux/proc_fs.h: the kernel's header plus newer names. */
#ifndef __BACKPORT_LINUX_PROC_FS_H
#define __BACKPORT_LINUX_PROC_FS_H
#include_next <linux/proc_fs.h>

/* pde_data(): Linux 5.17 name of PDE_DATA(); probe pde_data */
#ifndef BPC_PDE_DATA
#define pde_data(inode) PDE_DATA(inode)
#endif /* BPC_PDE_DATA */

#endif /* __BACKPORT_LINUX_PROC_FS_H */
