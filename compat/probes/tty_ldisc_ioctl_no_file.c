/* tty_ldisc_ops.ioctl()/compat_ioctl() and n_tty_ioctl_helper() without struct file: Linux 5.17 ("tty: remove file from tty_ldisc_ops::ioctl and compat_ioctl", "tty: remove file from n_tty_ioctl_helper") */
#include <linux/tty.h>
#include <linux/tty_ldisc.h>

int bp_probe(struct tty_struct *tty, unsigned int cmd, unsigned long arg);
int bp_probe(struct tty_struct *tty, unsigned int cmd, unsigned long arg)
{
	int (*i)(struct tty_struct *, unsigned int, unsigned long) = tty->ldisc->ops->ioctl;

	return i(tty, cmd, arg) + n_tty_ioctl_helper(tty, cmd, arg);
}
