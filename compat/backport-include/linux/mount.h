/* linux/mount.h: the kernel's header plus fc_mount_longterm(). */
#ifndef __BACKPORT_LINUX_MOUNT_H
#define __BACKPORT_LINUX_MOUNT_H
#include_next <linux/mount.h>

/* fc_mount_longterm(): Linux 6.17, a mount for the kernel's own long-term use (drm's
 * huge-page tmpfs). Before, fc_mount() is the exported way to mount a fs_context; the
 * mount is not marked long-term, which only changes how a later umount of that
 * filesystem counts it. probe fc_mount_longterm */
#ifndef BPC_FC_MOUNT_LONGTERM
#define fc_mount_longterm(fc) fc_mount(fc)
#endif

#endif /* __BACKPORT_LINUX_MOUNT_H */
