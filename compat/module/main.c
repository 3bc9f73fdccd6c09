// SPDX-License-Identifier: GPL-2.0-only
/* compat.ko: the module every backported driver depends on for out-of-line compat code. */
#include <linux/module.h>
#include <linux/init.h>

MODULE_AUTHOR("linux-backports");
MODULE_DESCRIPTION("Compat code for drivers backported by linux-backports");
MODULE_LICENSE("GPL");

static int __init backport_compat_init(void)
{
	return 0;
}
module_init(backport_compat_init);

static void __exit backport_compat_exit(void)
{
}
module_exit(backport_compat_exit);
