/* tty_ldisc_ops.receive_buf() with const flags (const char *fp): Linux 5.14 ("tty: make tty_ldisc_ops::receive_buf's fp const") */
#include <linux/tty.h>
#include <linux/tty_ldisc.h>

void bp_probe(struct tty_struct *tty, const unsigned char *cp, const char *fp, int n);
void bp_probe(struct tty_struct *tty, const unsigned char *cp, const char *fp, int n)
{
	void (*r)(struct tty_struct *, const unsigned char *, const char *, int) = tty->ldisc->ops->receive_buf;

	r(tty, cp, fp, n);
}
