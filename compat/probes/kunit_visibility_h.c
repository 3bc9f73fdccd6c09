/* <kunit/visibility.h>: new header in Linux 6.2; probe: does it exist */
#include <kunit/visibility.h>
