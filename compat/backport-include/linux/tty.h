/* linux/tty.h: the kernel's header plus newer TTY port helpers. */
#ifndef __BACKPORT_LINUX_TTY_H
#define __BACKPORT_LINUX_TTY_H
#include_next <linux/tty.h>

/* tty_port_tty_vhangup(): Linux 6.1; probe tty_port_tty_vhangup. The port's tty, if any,
 * is hung up synchronously (tty_vhangup), as upstream does. */
#ifndef BPC_TTY_PORT_TTY_VHANGUP
static inline void tty_port_tty_vhangup(struct tty_port *port)
{
	struct tty_struct *tty = tty_port_tty_get(port);

	if (tty) {
		tty_vhangup(tty);
		tty_kref_put(tty);
	}
}
#endif /* BPC_TTY_PORT_TTY_VHANGUP */

#endif /* __BACKPORT_LINUX_TTY_H */
