/* DEFINE_RES_NAMED() as a compound literal (assignable, returnable): newer than Linux 6.1 (Debian 6.1.0-57 has a bare initializer), present by 6.12 */
#include <linux/ioport.h>

struct resource bp_probe(int irq);
struct resource bp_probe(int irq)
{
	return DEFINE_RES_IRQ_NAMED(irq, "irq");
}
