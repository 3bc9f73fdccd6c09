/* <crypto/utils.h>: new header in Linux 6.5 (split out of <crypto/algapi.h>); probe: does it exist */
#include <linux/types.h>
#include <crypto/utils.h>
