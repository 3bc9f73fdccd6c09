/* probe <net/selftests.h>: Linux 5.14 ("net: selftests: add generic selftests support"); does the header exist (5.10 has none) */
#include <linux/types.h>
#include <net/selftests.h>
