/* <linux/hex.h>: Linux 6.10 (split out of <linux/kernel.h>); guarded by BPC_LINUX_HEX_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_LINUX_HEX_H
#define __BACKPORT_LINUX_HEX_H

/* <linux/hex.h>: Linux 6.10 (split out of <linux/kernel.h>); probe linux_hex_h (BPC_LINUX_HEX_H) (otherwise the older home of its contents) */
#ifdef BPC_LINUX_HEX_H
#include_next <linux/hex.h>
#else
#include <linux/kernel.h>
#endif /* BPC_LINUX_HEX_H */

#endif /* __BACKPORT_LINUX_HEX_H */
