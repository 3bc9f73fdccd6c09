/* <linux/unaligned.h>: new header in Linux 6.12 (moved from <asm/unaligned.h>); probe: does it exist */
#include <linux/types.h>
#include <linux/unaligned.h>
