/* probe linux/cgroup_dmem.h: Linux 6.14 ("kernel/cgroup: Add \"dmem\" memory accounting cgroup") */
#include <linux/cgroup_dmem.h>

void bp_probe(struct dmem_cgroup_region *r);
void bp_probe(struct dmem_cgroup_region *r)
{
	dmem_cgroup_unregister_region(r);
}
