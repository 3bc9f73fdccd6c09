/* tty_register_ldisc(const struct tty_ldisc_ops *) / tty_unregister_ldisc(ops), the number in ops->num: Linux 5.14 ("tty: set tty_ldisc_ops::num statically") */
#include <linux/tty.h>
#include <linux/tty_ldisc.h>

int bp_probe(struct tty_ldisc_ops *ops);
int bp_probe(struct tty_ldisc_ops *ops)
{
	tty_unregister_ldisc(ops);
	return tty_register_ldisc(ops);
}
