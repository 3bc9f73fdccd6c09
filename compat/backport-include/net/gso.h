/* <net/gso.h>: Linux 6.5 (split out of <linux/netdevice.h>); guarded by BPC_NET_GSO_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_NET_GSO_H
#define __BACKPORT_NET_GSO_H

/* <net/gso.h>: Linux 6.5 (split out of <linux/netdevice.h>); probe net_gso_h (BPC_NET_GSO_H) (otherwise the older home of its contents) */
#ifdef BPC_NET_GSO_H
#include_next <net/gso.h>
#else
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#endif /* BPC_NET_GSO_H */

#endif /* __BACKPORT_NET_GSO_H */
