/* devm_pm_set_wake_irq(), guarded by BPC_DEVM_PM_SET_WAKE_IRQ. */
#ifndef __BACKPORT_LINUX_PM_WAKEIRQ_H
#define __BACKPORT_LINUX_PM_WAKEIRQ_H
#include_next <linux/pm_wakeirq.h>
#include <linux/device.h>

/* devm_pm_set_wake_irq(): newer than Linux 6.12 (dev_pm_set_wake_irq() with a devres
 * action that clears the wake IRQ on driver detach); probe devm_pm_set_wake_irq */
#ifndef BPC_DEVM_PM_SET_WAKE_IRQ
static inline void bp_devm_pm_clear_wake_irq(void *dev)
{
	dev_pm_clear_wake_irq(dev);
}

static inline int devm_pm_set_wake_irq(struct device *dev, int irq)
{
	int ret;

	ret = dev_pm_set_wake_irq(dev, irq);
	if (ret)
		return ret;

	return devm_add_action_or_reset(dev, bp_devm_pm_clear_wake_irq, dev);
}
#endif

#endif /* __BACKPORT_LINUX_PM_WAKEIRQ_H */
