#ifndef __BACKPORT_LINUX_ALIGN_H
#define __BACKPORT_LINUX_ALIGN_H
/* linux/align.h: upstream v5.11 (ALIGN(), ALIGN_DOWN(), IS_ALIGNED() out of linux/kernel.h,
 * where older kernels define them); probe linux_align_h */
#ifdef BPC_LINUX_ALIGN_H
#include_next <linux/align.h>
#else
#include <linux/kernel.h>
#endif
#endif /* __BACKPORT_LINUX_ALIGN_H */
