/* probe virt_to_netmem(): newer than Linux 6.12.111 (Debian 6.12.113 and later carry it from stable, 6.12.107/.111 do not); netmem itself is v6.10 */
#include <net/netmem.h>

netmem_ref bp_probe(const void *data);
netmem_ref bp_probe(const void *data)
{
	return virt_to_netmem(data);
}
