/* <linux/math.h>: new header in Linux 5.12 (split out of <linux/kernel.h>); probe: does it exist */
#include <linux/types.h>
#include <linux/math.h>
