/* get_random_u32_inclusive() (6.2) and get_random_u8() (6.1); guarded by BPC_GET_RANDOM_U32_INCLUSIVE.
 * (get_random_u32_below() belongs to the compat framework's own probe.) */
#ifndef __BACKPORT_LINUX_RANDOM_H
#define __BACKPORT_LINUX_RANDOM_H
#include_next <linux/random.h>

#ifndef BPC_GET_RANDOM_U32_INCLUSIVE
static inline u32 get_random_u32_inclusive(u32 floor, u32 ceil)
{
	/* multiply-shift range reduction, as the kernel's prandom_u32_max() */
	return floor + (u32)(((u64)get_random_u32() * ((u64)ceil - floor + 1)) >> 32);
}
#define get_random_u8() ((u8)get_random_u32())
#endif /* BPC_GET_RANDOM_U32_INCLUSIVE */

#endif /* __BACKPORT_LINUX_RANDOM_H */
