/* probe devm_arch_phys_wc_add(): upstream v5.12 (lib/devres.c, the managed arch_phys_wc_add()) [export:devm_arch_phys_wc_add] */
#include <linux/io.h>

int bp_probe(struct device *dev, unsigned long base, unsigned long size);
int bp_probe(struct device *dev, unsigned long base, unsigned long size)
{
	return devm_arch_phys_wc_add(dev, base, size);
}
