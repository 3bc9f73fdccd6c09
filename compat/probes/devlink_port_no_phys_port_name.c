/* probe struct devlink_port_attrs .no_phys_port_name: upstream Linux 7.0 (after v6.19) */
#include <net/devlink.h>

void bp_probe(struct devlink_port_attrs *attrs);
void bp_probe(struct devlink_port_attrs *attrs)
{
	attrs->no_phys_port_name = 1;
}
