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

/* tty_termios_baud_rate() takes a const ktermios: newer than Linux 5.10; probe
 * tty_termios_baud_rate_const. Before, 7.2's callers (rfcomm) pass a const pointer to the
 * non-const prototype ("discards const"); the function only reads it. */
#ifndef BPC_TTY_TERMIOS_BAUD_RATE_CONST
#define tty_termios_baud_rate(termios) tty_termios_baud_rate((struct ktermios *)(termios))
#endif /* BPC_TTY_TERMIOS_BAUD_RATE_CONST */

#endif /* __BACKPORT_LINUX_TTY_H */
