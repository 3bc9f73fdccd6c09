/* DEFINE_SIMPLE_DEV_PM_OPS() without its own "static": Linux 5.17 (5.16, and Debian 5.10 stable, had it static) */
#include <linux/pm.h>

static int bp_suspend(struct device *dev) { return 0; }
static int bp_resume(struct device *dev) { return 0; }
static DEFINE_SIMPLE_DEV_PM_OPS(bp_probe_pm_ops, bp_suspend, bp_resume);

const struct dev_pm_ops *bp_probe(void);
const struct dev_pm_ops *bp_probe(void)
{
	return &bp_probe_pm_ops;
}
