/* <net/dropreason.h>: Linux 6.0 (split out of <linux/skbuff.h>); guarded by BPC_NET_DROPREASON_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_NET_DROPREASON_H
#define __BACKPORT_NET_DROPREASON_H

#ifdef BPC_NET_DROPREASON_H
#include_next <net/dropreason.h>
#else
#include <linux/skbuff.h>
#endif /* BPC_NET_DROPREASON_H */

#endif /* __BACKPORT_NET_DROPREASON_H */
