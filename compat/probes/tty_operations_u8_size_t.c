/* tty_operations.write(tty, const u8 *, size_t) returning ssize_t and .send_xchar(tty, u8): Linux 6.6 ("tty: make tty_operations::write()'s count size_t", "tty: make tty_operations::send_xchar accept u8 char") */
#include <linux/tty.h>
#include <linux/tty_driver.h>

ssize_t bp_probe(struct tty_struct *tty, const u8 *buf, size_t n);
ssize_t bp_probe(struct tty_struct *tty, const u8 *buf, size_t n)
{
	ssize_t (*w)(struct tty_struct *, const u8 *, size_t) = tty->ops->write;
	void (*x)(struct tty_struct *, u8) = tty->ops->send_xchar;

	x(tty, buf[0]);
	return w(tty, buf, n);
}
