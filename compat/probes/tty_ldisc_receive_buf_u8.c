/* tty_ldisc_ops.receive_buf(tty, const u8 *cp, const u8 *fp, size_t count): Linux 6.6 ("tty: make tty_ldisc_ops::*buf*() hooks operate on size_t", "tty: use u8 for flags") */
#include <linux/tty.h>
#include <linux/tty_ldisc.h>

void bp_probe(struct tty_struct *tty, const u8 *cp, const u8 *fp, size_t n);
void bp_probe(struct tty_struct *tty, const u8 *cp, const u8 *fp, size_t n)
{
	void (*r)(struct tty_struct *, const u8 *, const u8 *, size_t) = tty->ldisc->ops->receive_buf;

	r(tty, cp, fp, n);
}
