/* roundup_u64() (rtw89): newer than Linux 6.1; probe roundup_u64. */
#ifndef __BACKPORT_LINUX_MATH64_H
#define __BACKPORT_LINUX_MATH64_H
#include_next <linux/math64.h>

/* roundup_u64(): newer than Linux 6.1, present by 6.12; probe roundup_u64 */
#ifndef BPC_ROUNDUP_U64
static inline u64 roundup_u64(u64 x, u32 y)
{
	return div_u64(x + y - 1, y) * y;
}
#endif

#endif /* __BACKPORT_LINUX_MATH64_H */
