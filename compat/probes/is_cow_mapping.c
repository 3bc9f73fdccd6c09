/* probe is_cow_mapping() in <linux/mm.h>: newer than Linux 5.10 (mm/internal.h there; the copy-on-write test of a private writable mapping) */
#include <linux/mm.h>

bool bp_probe(vm_flags_t flags);
bool bp_probe(vm_flags_t flags)
{
	return is_cow_mapping(flags);
}
