/* linux/module.h: the kernel's header plus the module API names newer code uses. */
#ifndef __BACKPORT_LINUX_MODULE_H
#define __BACKPORT_LINUX_MODULE_H
#include_next <linux/module.h>

/* module_put_and_kthread_exit(): upstream v5.17, commit ca3574bd653a ("exit: Rename
 * module_put_and_exit to module_put_and_kthread_exit"; Debian 5.10.0-32 carries it by
 * backport, 5.10.0-30 does not): the old name does the same; a macro, so #ifndef is the
 * probe */
#if !defined(module_put_and_kthread_exit) && defined(module_put_and_exit)
#define module_put_and_kthread_exit(code) module_put_and_exit(code)
#endif

#endif /* __BACKPORT_LINUX_MODULE_H */
