/* <kunit/static_stub.h>: new header in Linux 6.3; probe: does it exist */
#include <linux/types.h>
#include <kunit/static_stub.h>
