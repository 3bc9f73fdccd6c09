/* <linux/hex.h>: new header in Linux 6.10 (split out of <linux/kernel.h>); probe: does it exist */
#include <linux/types.h>
#include <linux/hex.h>
