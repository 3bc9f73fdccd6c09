/* probe netmem_is_pfmemalloc(): newer than Linux 6.12.111 (Debian 6.12.113 and later carry it from stable, 6.12.107/.111 do not); netmem itself is v6.10 */
#include <net/netmem.h>

bool bp_probe(netmem_ref netmem);
bool bp_probe(netmem_ref netmem)
{
	return netmem_is_pfmemalloc(netmem);
}
