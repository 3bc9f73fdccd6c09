/* linux/random.h: the kernel's header plus the random-number helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_RANDOM_H
#define __BACKPORT_LINUX_RANDOM_H
#include_next <linux/random.h>

/* get_random_u32_below(): upstream v6.2, commit e9a688bcb193; probe get_random_u32_below.
 * Out of line in compat.ko (compat/random.c) as backport_get_random_u32_below. */
#ifndef BPC_GET_RANDOM_U32_BELOW
#define get_random_u32_below LINUX_BACKPORT(get_random_u32_below)
u32 get_random_u32_below(u32 ceil);
#endif

#endif /* __BACKPORT_LINUX_RANDOM_H */
