/* get_user_ifreq() / put_user_ifreq(): Linux 5.15 ("net: socket: rework compat_ifreq_ioctl()") */
#include <linux/netdevice.h>

int bp_probe(struct ifreq *ifr, void __user *arg);
int bp_probe(struct ifreq *ifr, void __user *arg)
{
	void __user *data;

	return get_user_ifreq(ifr, &data, arg) + put_user_ifreq(ifr, arg);
}
