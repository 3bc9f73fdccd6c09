// SPDX-License-Identifier: GPL-2.0-only
/* efi_mem_desc_lookup() for modules (exported upstream in v6.16, for efidrm; probe
 * efi_mem_desc_lookup): find the EFI memory map entry covering a physical address. It
 * walks the kernel's exported efi.memmap as the built-in function does, skipping
 * misaligned, empty and overflowing entries. */
#include <linux/efi.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/limits.h>
#include <linux/string.h>

#if defined(CONFIG_EFI) && !defined(BPC_EFI_MEM_DESC_LOOKUP)
int efi_mem_desc_lookup(u64 phys_addr, efi_memory_desc_t *out_md)
{
	efi_memory_desc_t *md;

	if (!efi_enabled(EFI_MEMMAP) || !out_md)
		return -EINVAL;

	for_each_efi_memory_desc(md) {
		u64 start = md->phys_addr;
		u64 npages = md->num_pages;

		if ((start & (EFI_PAGE_SIZE - 1)) || !npages ||
		    npages > (U64_MAX - start) >> EFI_PAGE_SHIFT)
			continue;
		if (phys_addr >= start && phys_addr < start + (npages << EFI_PAGE_SHIFT)) {
			memcpy(out_md, md, sizeof(*out_md));
			return 0;
		}
	}
	return -ENOENT;
}
EXPORT_SYMBOL_GPL(efi_mem_desc_lookup);
#endif
