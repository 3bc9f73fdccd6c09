/* MAC_ADDR_STR_LEN: Linux 6.? (<linux/if_ether.h>); a macro, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_IF_ETHER_H
#define __BACKPORT_LINUX_IF_ETHER_H
#include_next <linux/if_ether.h>

/* MAC_ADDR_STR_LEN: newer than Linux 6.1 (Debian's 6.1 lacks it, 6.12 has it); a macro, so #ifndef is the probe */
#ifndef MAC_ADDR_STR_LEN
#define MAC_ADDR_STR_LEN (3 * ETH_ALEN - 1)
#endif

#endif /* __BACKPORT_LINUX_IF_ETHER_H */
