/* probe devm_pm_set_wake_irq(): newer than Linux 6.12 */
#include <linux/pm_wakeirq.h>

int bp_probe(struct device *dev, int irq);
int bp_probe(struct device *dev, int irq)
{
	return devm_pm_set_wake_irq(dev, irq);
}
