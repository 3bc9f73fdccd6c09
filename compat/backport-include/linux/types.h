/* linux/types.h: the kernel's header; a home for annotations that must follow
 * <linux/compiler_types.h> (kbuild includes that first, so it is complete here). */
#ifndef __BACKPORT_LINUX_TYPES_H
#define __BACKPORT_LINUX_TYPES_H
#include_next <linux/types.h>

/* __counted_by_le(): Linux 6.11 (compiler_types.h, "compiler_types: add Endianness-dependent
 * __counted_by_{le,be}"); a macro, so #ifndef is the probe. An annotation only: empty. */
#ifndef __counted_by_le
#define __counted_by_le(member)
#endif
#ifndef __counted_by_be
#define __counted_by_be(member)
#endif

#endif /* __BACKPORT_LINUX_TYPES_H */
