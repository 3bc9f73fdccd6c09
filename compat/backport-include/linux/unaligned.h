/* <linux/unaligned.h>: Linux 6.12 (moved from <asm/unaligned.h>); guarded by BPC_LINUX_UNALIGNED_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_LINUX_UNALIGNED_H
#define __BACKPORT_LINUX_UNALIGNED_H

/* <linux/unaligned.h>: Linux 6.12 (moved from <asm/unaligned.h>); probe linux_unaligned_h (BPC_LINUX_UNALIGNED_H) (otherwise the older home of its contents) */
#ifdef BPC_LINUX_UNALIGNED_H
#include_next <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif /* BPC_LINUX_UNALIGNED_H */

#endif /* __BACKPORT_LINUX_UNALIGNED_H */
