#ifndef __BACKPORT_LINUX_CONTAINER_OF_H
#define __BACKPORT_LINUX_CONTAINER_OF_H
/* linux/container_of.h: upstream v5.16 (container_of() moved out of linux/kernel.h,
 * where older kernels define it); probe linux_container_of_h */
#ifdef BPC_LINUX_CONTAINER_OF_H
#include_next <linux/container_of.h>
#else
#include <linux/kernel.h>
#endif
#endif /* __BACKPORT_LINUX_CONTAINER_OF_H */
