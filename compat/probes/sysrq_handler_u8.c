/* probe sysrq_key_op .handler(u8): Linux 6.7 ("tty: sysrq: switch the rest of keys to u8") */
#include <linux/sysrq.h>

static void bp_handler(u8 key)
{
}
static const struct sysrq_key_op bp_op = {
	.handler = bp_handler,
};
const struct sysrq_key_op *bp_probe(void);
const struct sysrq_key_op *bp_probe(void)
{
	return &bp_op;
}
