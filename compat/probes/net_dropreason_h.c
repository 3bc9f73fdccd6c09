/* <net/dropreason.h>: new header in Linux 6.0 (split out of <linux/skbuff.h>); probe: does it exist */
#include <linux/types.h>
#include <net/dropreason.h>
