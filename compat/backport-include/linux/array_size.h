#ifndef __BACKPORT_LINUX_ARRAY_SIZE_H
#define __BACKPORT_LINUX_ARRAY_SIZE_H
/* linux/array_size.h: upstream v6.7 (ARRAY_SIZE() out of linux/kernel.h, where older
 * kernels define it); probe linux_array_size_h */
#ifdef BPC_LINUX_ARRAY_SIZE_H
#include_next <linux/array_size.h>
#else
#include <linux/kernel.h>
#endif
#endif /* __BACKPORT_LINUX_ARRAY_SIZE_H */
