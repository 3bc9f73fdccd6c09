/* linux/efi.h: the kernel's header; efi_mem_desc_lookup() for modules */
#ifndef __BACKPORT_LINUX_EFI_H
#define __BACKPORT_LINUX_EFI_H
#include_next <linux/efi.h>

/* efi_mem_desc_lookup(): exported to modules: upstream v6.16 (for efidrm's caching
 * attributes); before, built in but not exported. probe efi_mem_desc_lookup (an export
 * probe); the lookup over efi.memmap is in compat/efi.c. */
#if defined(CONFIG_EFI) && !defined(BPC_EFI_MEM_DESC_LOOKUP)
#define efi_mem_desc_lookup LINUX_BACKPORT(efi_mem_desc_lookup)
int efi_mem_desc_lookup(u64 phys_addr, efi_memory_desc_t *out_md);
#endif

#endif /* __BACKPORT_LINUX_EFI_H */
