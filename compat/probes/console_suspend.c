/* probe console_suspend()/console_resume() of one console: upstream v6.15, commit 242fafe3faa7 */
#include <linux/console.h>

void bp_probe(struct console *con);
void bp_probe(struct console *con)
{
	console_suspend(con);
	console_resume(con);
}
