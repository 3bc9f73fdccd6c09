/* tty_operations.set_termios(tty, const struct ktermios *old): Linux 6.1 ("tty: Make ->set_termios() old ktermios const") */
#include <linux/tty.h>
#include <linux/tty_driver.h>

void bp_probe(struct tty_struct *tty, const struct ktermios *old);
void bp_probe(struct tty_struct *tty, const struct ktermios *old)
{
	void (*s)(struct tty_struct *, const struct ktermios *) = tty->ops->set_termios;

	s(tty, old);
}
