/* linux/console.h: the kernel's header plus the one-console console_suspend()/console_resume() */
#ifndef __BACKPORT_LINUX_CONSOLE_H
#define __BACKPORT_LINUX_CONSOLE_H
#include_next <linux/console.h>

/* console_suspend(con), console_resume(con): upstream v6.15 (commit 242fafe3faa7), the new names of
 * console_stop()/console_start() (which stop and restart printing to one console); probe
 * console_suspend.  The old names are exported since long before 5.10. */
#ifndef BPC_CONSOLE_SUSPEND
static inline void console_suspend(struct console *con)
{
	console_stop(con);
}

static inline void console_resume(struct console *con)
{
	console_start(con);
}
#endif /* BPC_CONSOLE_SUSPEND */

#endif /* __BACKPORT_LINUX_CONSOLE_H */
