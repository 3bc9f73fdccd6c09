/* bp_rchan_callbacks_t: a relay channel's callbacks as the target's relay_open() takes
 * them. Linux 5.11 made them const; before, relay_open() fills the callbacks a client left
 * NULL into the client's own struct (setup_callbacks()), so a const struct in .rodata
 * would fault there, not just warn. On such kernels the struct is not const. Rule
 * spatches/0351-relay-callbacks-const writes the type where 7.2 has a const struct; probe
 * relay_open_const_callbacks (BPC_RELAY_OPEN_CONST_CALLBACKS). */
#ifndef __BACKPORT_LINUX_RELAY_H
#define __BACKPORT_LINUX_RELAY_H
#include_next <linux/relay.h>

/* bp_rchan_callbacks_t: Linux 5.11; probe relay_open_const_callbacks */
#ifdef BPC_RELAY_OPEN_CONST_CALLBACKS
typedef const struct rchan_callbacks bp_rchan_callbacks_t;
#else
typedef struct rchan_callbacks bp_rchan_callbacks_t;
#endif

#endif /* __BACKPORT_LINUX_RELAY_H */
