/* probe nbcon consoles with write_thread()/device_lock() callbacks: upstream v6.12 (printk nbcon threaded printing) */
#include <linux/console.h>

static void bp_write_thread(struct console *con, struct nbcon_write_context *wctxt) { }
static void bp_device_lock(struct console *con, unsigned long *flags) { }

void bp_probe(struct console *con);
void bp_probe(struct console *con)
{
	con->write_thread = bp_write_thread;
	con->device_lock = bp_device_lock;
	con->flags = CON_NBCON;
}
