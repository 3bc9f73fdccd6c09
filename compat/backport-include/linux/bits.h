/* BIT_U8()/BIT_U16()/BIT_U32()/BIT_U64(), guarded by #ifndef BIT_U32. */
#ifndef __BACKPORT_LINUX_BITS_H
#define __BACKPORT_LINUX_BITS_H
#include_next <linux/bits.h>

/* BIT_U8()/BIT_U16()/BIT_U32()/BIT_U64(): newer than Linux 6.12 (fixed-type single-bit
 * masks); macros, so #ifndef is the probe. The compat forms skip the compile-time check
 * that nr fits the type. */
#ifndef BIT_U32
#define BIT_U8(nr)	((u8)BIT_ULL(nr))
#define BIT_U16(nr)	((u16)BIT_ULL(nr))
#define BIT_U32(nr)	((u32)BIT_ULL(nr))
#define BIT_U64(nr)	((u64)BIT_ULL(nr))
#endif

#endif /* __BACKPORT_LINUX_BITS_H */
