/* probe <net/netdev_queues.h>: new header in Linux 6.3 (Debian 6.1 carries it by backport, 5.10 does not) */
#include <linux/netdevice.h>
#include <net/netdev_queues.h>
