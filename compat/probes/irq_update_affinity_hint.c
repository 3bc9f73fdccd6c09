/* probe irq_update_affinity_hint(): upstream v5.17, commit 65c7cdedeb30 ("genirq: Provide new interfaces for affinity hints"); Debian 5.10.0-43+ has it by stable backport, 5.10.0-30/-32 do not */
#include <linux/interrupt.h>

int bp_probe(unsigned int irq, const struct cpumask *m);
int bp_probe(unsigned int irq, const struct cpumask *m)
{
	return irq_update_affinity_hint(irq, m);
}
