/* tty_port_tty_vhangup(): Linux 6.1 ("tty: Add tty_port_tty_vhangup() helper") */
#include <linux/tty.h>

void bp_probe(struct tty_port *port);
void bp_probe(struct tty_port *port)
{
	tty_port_tty_vhangup(port);
}
