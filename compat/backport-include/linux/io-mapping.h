/* linux/io-mapping.h: the kernel's header plus the local mappings. */
#ifndef __BACKPORT_LINUX_IO_MAPPING_H
#define __BACKPORT_LINUX_IO_MAPPING_H
#include_next <linux/io-mapping.h>

/* io_mapping_map_local_wc(), io_mapping_unmap_local(): upstream v5.11 (with
 * kmap_local_page()); probe io_mapping_map_local_wc. Before, the short-lived mapping is
 * the atomic one, which also disables preemption and page faults in between: callers of
 * the local form do not sleep there either (TTM's memcpy moves). */
#ifndef BPC_IO_MAPPING_MAP_LOCAL_WC
#define io_mapping_map_local_wc(mapping, offset) io_mapping_map_atomic_wc(mapping, offset)
#define io_mapping_unmap_local(vaddr) io_mapping_unmap_atomic(vaddr)
#endif

#endif /* __BACKPORT_LINUX_IO_MAPPING_H */
