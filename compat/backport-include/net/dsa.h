/* <net/dsa.h>: the kernel's header plus the dsa_user_* names of Linux 6.7. */
#ifndef __BACKPORT_NET_DSA_H
#define __BACKPORT_NET_DSA_H
#include_next <net/dsa.h>

/* dsa_user_dev_check(): upstream v6.7 (dsa_slave_dev_check() renamed, "net: dsa: rename
 * dsa_slave_* to dsa_user_*"); probe dsa_user_dev_check.  The same function under its old
 * name (bcmsysport). */
#ifndef BPC_DSA_USER_DEV_CHECK
#define dsa_user_dev_check dsa_slave_dev_check
#endif /* BPC_DSA_USER_DEV_CHECK */

#endif /* __BACKPORT_NET_DSA_H */
