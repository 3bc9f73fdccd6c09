/* probe netmem_ref and <net/netmem.h>: upstream v6.10 ("net: netmem: add netmem_ref"; Debian 6.1 has no netmem) */
#include <net/netmem.h>

struct page *bp_probe(netmem_ref netmem);
struct page *bp_probe(netmem_ref netmem)
{
	return netmem_to_page(netmem);
}
