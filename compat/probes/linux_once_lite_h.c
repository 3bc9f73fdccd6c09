/* <linux/once_lite.h>: new header in Linux 5.14 (DO_ONCE_LITE); probe: does it exist */
#include <linux/types.h>
#include <linux/once_lite.h>
