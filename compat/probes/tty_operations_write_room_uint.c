/* tty_operations.write_room()/.chars_in_buffer() return unsigned int: Linux 5.14 ("tty: make tty_operations::write_room return uint", "...chars_in_buffer return uint") */
#include <linux/tty.h>
#include <linux/tty_driver.h>

unsigned int bp_probe(struct tty_struct *tty);
unsigned int bp_probe(struct tty_struct *tty)
{
	unsigned int (*r)(struct tty_struct *) = tty->ops->write_room;
	unsigned int (*c)(struct tty_struct *) = tty->ops->chars_in_buffer;

	return r(tty) + c(tty);
}
