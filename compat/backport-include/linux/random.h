/* linux/random.h: the kernel's header plus the random-number helpers newer drivers use. */
/* get_random_u32_inclusive() (6.2) and get_random_u8() (6.1); guarded by BPC_GET_RANDOM_U32_INCLUSIVE.
 * (get_random_u32_below() belongs to the compat framework's own probe.) */
#ifndef __BACKPORT_LINUX_RANDOM_H
#define __BACKPORT_LINUX_RANDOM_H
#include_next <linux/random.h>

/* get_random_u32_below(): upstream v6.2, commit e9a688bcb193; probe get_random_u32_below.
 * Out of line in compat.ko (compat/random.c) as backport_get_random_u32_below. */
#ifndef BPC_GET_RANDOM_U32_BELOW
#define get_random_u32_below LINUX_BACKPORT(get_random_u32_below)
u32 get_random_u32_below(u32 ceil);
#endif

/* get_random_u32_inclusive(): upstream v6.2, get_random_u8(): v6.1; probe get_random_u32_inclusive */
#ifndef BPC_GET_RANDOM_U32_INCLUSIVE
static inline u32 get_random_u32_inclusive(u32 floor, u32 ceil)
{
	/* multiply-shift range reduction, as the kernel's prandom_u32_max() */
	return floor + (u32)(((u64)get_random_u32() * ((u64)ceil - floor + 1)) >> 32);
}
#define get_random_u8() ((u8)get_random_u32())
#endif /* BPC_GET_RANDOM_U32_INCLUSIVE */

/* get_random_u16(): upstream v6.1; probe get_random_u16 */
#ifndef BPC_GET_RANDOM_U16
static inline u16 get_random_u16(void)
{
	return (u16)get_random_u32();
}
#endif

#endif /* __BACKPORT_LINUX_RANDOM_H */
