/* probe sock_i_ino() returning u64: newer than Linux 6.12 (5.10, 6.1, 6.12 return unsigned long) */
#include <net/sock.h>

u64 (*bp_probe)(struct sock *) = sock_i_ino;
