/* linux/idr.h: the kernel's header plus the newer IDA lookups. */
#ifndef __BACKPORT_LINUX_IDR_H
#define __BACKPORT_LINUX_IDR_H
#include_next <linux/idr.h>

/* ida_find_first_range(): Linux 6.15; probe ida_find_first_range (an export probe: 6.x
 * trees that declare it must also export it). Out of line in compat.ko (compat/idr.c). */
#ifndef BPC_IDA_FIND_FIRST_RANGE
#define ida_find_first_range LINUX_BACKPORT(ida_find_first_range)
int ida_find_first_range(struct ida *ida, unsigned int min, unsigned int max);
#endif /* BPC_IDA_FIND_FIRST_RANGE */

#endif /* __BACKPORT_LINUX_IDR_H */
