#ifndef __BACKPORT_LINUX_WORDPART_H
#define __BACKPORT_LINUX_WORDPART_H
/* linux/wordpart.h: Linux 6.9, upper_32_bits()/lower_32_bits()/REPEAT_BYTE() split out
 * of linux/kernel.h; probe linux_wordpart_h */
#ifdef BPC_LINUX_WORDPART_H
#include_next <linux/wordpart.h>
#else
#include <linux/kernel.h>
#endif
#endif /* __BACKPORT_LINUX_WORDPART_H */
