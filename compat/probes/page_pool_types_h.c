/* <net/page_pool/types.h>: new header in Linux 6.6 (split out of <net/page_pool.h>, with helpers.h); probe: does it exist */
#include <linux/types.h>
#include <net/page_pool/types.h>
