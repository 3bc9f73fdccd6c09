/* devm_kmemdup_array(): Linux 6.14, "devres: Introduce devm_kmemdup_array()" */
#include <linux/device.h>

void *bp_probe(struct device *dev, const int *src);
void *bp_probe(struct device *dev, const int *src)
{
	return devm_kmemdup_array(dev, src, 4, sizeof(*src), GFP_KERNEL);
}
