/* <net/dropreason.h>: new header in Linux 6.0 (split out of <linux/skbuff.h>); probe: does it exist */
#include <net/dropreason.h>
