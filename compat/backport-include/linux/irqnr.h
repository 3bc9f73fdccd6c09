/* irq_get_nr_irqs(), guarded by BPC_IRQ_GET_NR_IRQS. */
#ifndef __BACKPORT_LINUX_IRQNR_H
#define __BACKPORT_LINUX_IRQNR_H
#include_next <linux/irqnr.h>

/* irq_get_nr_irqs(): upstream v6.13 (nr_irqs read through an accessor); probe
 * irq_get_nr_irqs.  Before, the exported variable nr_irqs is read directly. */
#ifndef BPC_IRQ_GET_NR_IRQS
static inline unsigned int irq_get_nr_irqs(void)
{
	return nr_irqs;
}
#endif /* BPC_IRQ_GET_NR_IRQS */

#endif /* __BACKPORT_LINUX_IRQNR_H */
