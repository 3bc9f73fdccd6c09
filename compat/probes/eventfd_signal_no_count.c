/* probe eventfd_signal(ctx) without the count: Linux 6.8, commit 3652117f8548 ("eventfd: simplify eventfd_signal()") */
#include <linux/eventfd.h>

void bp_probe(struct eventfd_ctx *ctx);
void bp_probe(struct eventfd_ctx *ctx)
{
	eventfd_signal(ctx);
}
