/* probe of_reserved_mem_region_to_resource(): upstream v6.16 ("of: reserved_mem: Add functions to parse "memory-region"") */
#include <linux/of_reserved_mem.h>

int bp_probe(const struct device_node *np, struct resource *res);
int bp_probe(const struct device_node *np, struct resource *res)
{
	return of_reserved_mem_region_to_resource(np, 0, res);
}
