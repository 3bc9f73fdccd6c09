/* probe console_suspend()/console_resume() of one console: newer than Linux 6.12 (console_stop()/console_start() renamed) */
#include <linux/console.h>

void bp_probe(struct console *con);
void bp_probe(struct console *con)
{
	console_suspend(con);
	console_resume(con);
}
