/* <linux/cleanup.h>: new header in Linux 6.4 (Debian's later 5.10 stable trees carry it, 5.10.0-30 does not); probe: does it exist */
#include <linux/types.h>
#include <linux/cleanup.h>
