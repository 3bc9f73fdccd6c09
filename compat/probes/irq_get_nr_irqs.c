/* probe irq_get_nr_irqs(): upstream v6.13 (accessor for nr_irqs) */
#include <linux/irqnr.h>

unsigned int bp_probe(void);
unsigned int bp_probe(void)
{
	return irq_get_nr_irqs();
}
