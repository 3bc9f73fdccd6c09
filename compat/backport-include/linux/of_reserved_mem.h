/* of_reserved_mem_region_to_resource(), _byname(), of_reserved_mem_region_count(): upstream
 * v6.16 ("of: reserved_mem: Add functions to parse "memory-region""); probe
 * of_reserved_mem_region_to_resource (BPC_OF_RESERVED_MEM_REGION_TO_RESOURCE). Inline
 * forms over of_parse_phandle() and of_reserved_mem_lookup(), as 6.16 does it; without
 * CONFIG_OF_RESERVED_MEM (Debian amd64) the lookup finds nothing and they fail as 6.16's
 * do for an unknown region. Users: ath11k, ath12k (AHB and QMI firmware memory). */
#ifndef __BACKPORT_LINUX_OF_RESERVED_MEM_H
#define __BACKPORT_LINUX_OF_RESERVED_MEM_H
#include_next <linux/of_reserved_mem.h>

/* of_reserved_mem_region_*(): Linux 6.16; probe of_reserved_mem_region_to_resource */
#ifndef BPC_OF_RESERVED_MEM_REGION_TO_RESOURCE
#include <linux/ioport.h>
#include <linux/of.h>

static inline int of_reserved_mem_region_to_resource(const struct device_node *np,
						     unsigned int idx, struct resource *res)
{
	struct device_node *target;
	struct reserved_mem *rmem;

	if (!np)
		return -EINVAL;

	target = of_parse_phandle(np, "memory-region", idx);
	if (!target || !of_device_is_available(target)) {
		of_node_put(target);
		return -ENODEV;
	}

	rmem = of_reserved_mem_lookup(target);
	of_node_put(target);
	if (!rmem)
		return -EINVAL;

	res->start = rmem->base;
	res->end = rmem->base + rmem->size - 1;
	res->flags = IORESOURCE_MEM;
	res->name = rmem->name;
	return 0;
}

static inline int of_reserved_mem_region_to_resource_byname(const struct device_node *np,
							    const char *name,
							    struct resource *res)
{
	int idx;

	if (!name)
		return -EINVAL;

	idx = of_property_match_string(np, "memory-region-names", name);
	if (idx < 0)
		return idx;

	return of_reserved_mem_region_to_resource(np, idx, res);
}

static inline int of_reserved_mem_region_count(const struct device_node *np)
{
	/* the cast: an older !CONFIG_OF stub (5.10.0-46's) of of_count_phandle_with_args() takes a
	 * plain pointer (and ignores it); the real function takes const on every kernel */
	return of_count_phandle_with_args((struct device_node *)np, "memory-region", NULL);
}
#endif /* BPC_OF_RESERVED_MEM_REGION_TO_RESOURCE */

#endif /* __BACKPORT_LINUX_OF_RESERVED_MEM_H */
