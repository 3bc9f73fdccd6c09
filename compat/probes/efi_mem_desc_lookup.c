/* probe efi_mem_desc_lookup() exported to modules: upstream v6.16 (exported for efidrm); declared since v4.x [export:efi_mem_desc_lookup] */
#include <linux/efi.h>

int bp_probe(u64 phys_addr, efi_memory_desc_t *md);
int bp_probe(u64 phys_addr, efi_memory_desc_t *md)
{
	return efi_mem_desc_lookup(phys_addr, md);
}
