/* probe netdevice_tracker: upstream v5.17 (net_device reference tracking; before, no tracker type) */
#include <linux/netdevice.h>

int bp_probe(netdevice_tracker *tracker);
int bp_probe(netdevice_tracker *tracker)
{
	return tracker != NULL;
}
