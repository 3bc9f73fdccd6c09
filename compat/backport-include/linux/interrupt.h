/* linux/interrupt.h: the kernel's header plus the tasklet API newer drivers use. */
#ifndef __BACKPORT_LINUX_INTERRUPT_H
#define __BACKPORT_LINUX_INTERRUPT_H
#include_next <linux/interrupt.h>

/* tasklet_disable_in_atomic(): upstream v5.13; probe tasklet_disable_in_atomic.
 * Before 5.13 tasklet_disable() waits by spinning (cpu_relax), so it is the atomic-safe form. */
#ifndef BPC_TASKLET_DISABLE_IN_ATOMIC
#define tasklet_disable_in_atomic(t) tasklet_disable(t)
#endif

/* irq_update_affinity_hint(): upstream v5.17, commit 65c7cdedeb30 (Debian 5.10.0-43+ by
 * backport); probe irq_update_affinity_hint.  Before, irq_set_affinity_hint() is the only
 * call: it sets the hint and also applies it as the interrupt's affinity (what drivers such
 * as ixgbe did before they moved to the update-only form). */
#ifndef BPC_IRQ_UPDATE_AFFINITY_HINT
static inline int irq_update_affinity_hint(unsigned int irq, const struct cpumask *m)
{
	return irq_set_affinity_hint(irq, m);
}
#endif

#endif /* __BACKPORT_LINUX_INTERRUPT_H */
