/* of_get_mac_address() filling a buffer, returning int: Linux 5.13 */
#include <linux/of_net.h>

int bp_probe(struct device_node *np, u8 *addr);
int bp_probe(struct device_node *np, u8 *addr)
{
	return of_get_mac_address(np, addr);
}
