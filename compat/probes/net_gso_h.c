/* <net/gso.h>: new header in Linux 6.5 (split out of <linux/netdevice.h>); probe: does it exist */
#include <linux/types.h>
#include <net/gso.h>
