/* probe <linux/unroll.h>: Linux 6.12 (Debian 6.12.117 has it, 6.1.0-57 and 5.10.0-46 do not); does the header exist */
#include <linux/unroll.h>
