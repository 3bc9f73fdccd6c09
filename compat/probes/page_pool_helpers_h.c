/* <net/page_pool/helpers.h>: new header in Linux 6.6 (split out of <net/page_pool.h>); probe: does it exist */
#include <linux/types.h>
#include <net/page_pool/helpers.h>
