/* <kunit/visibility.h>: new header in Linux 6.2; probe: does it exist */
#include <linux/types.h>
#include <kunit/visibility.h>
