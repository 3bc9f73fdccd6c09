/* tty_port_operations.carrier_raised() returns bool: Linux 6.2 ("tty: Convert ->carrier_raised() and callchains to bool") */
#include <linux/tty.h>

bool bp_probe(struct tty_port *port);
bool bp_probe(struct tty_port *port)
{
	bool (*f)(struct tty_port *) = port->ops->carrier_raised;

	return f(port);
}
