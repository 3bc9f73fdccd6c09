/* __counted_by(): Linux 6.5 ("Compiler Attributes: Add __counted_by macro"); a macro, so #ifndef is the probe.
 * Without compiler support it is an empty annotation. */
#ifndef __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H
#define __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H
#include_next <linux/compiler_attributes.h>

/* __counted_by(): Linux 6.5 ("Compiler Attributes: Add __counted_by macro") */
#ifndef __counted_by
#define __counted_by(member)
#endif

/* Context analysis annotations of <linux/compiler-context-analysis.h>: Linux 7.0
 * ("compiler-context-analysis: Add infrastructure for Context Analysis with Clang").
 * Macros, so #ifndef is the probe. Only Clang checks them; gcc builds expand them to
 * nothing (upstream does the same without CONFIG_WARN_CONTEXT_ANALYSIS). The sparse
 * annotations __must_hold/__acquires/__releases are older and come from the kernel. */
#ifndef __guarded_by
#define __guarded_by(...)
#endif
#ifndef __pt_guarded_by
#define __pt_guarded_by(...)
#endif
#ifndef __no_context_analysis
#define __no_context_analysis
#endif
#ifndef __context_unsafe
#define __context_unsafe(comment) __no_context_analysis
#endif

/* __nonstring_array: newer than Linux 6.12 (__nonstring for arrays of char arrays, gcc 15);
 * probe compiler_nonstring_array (a macro, but defined after this header by the newer
 * compiler_types.h, so #ifndef here cannot see it). Without it: an empty annotation. */
#ifndef BPC_COMPILER_NONSTRING_ARRAY
#ifndef __nonstring_array
#define __nonstring_array
#endif
#endif

/* __nocfi_generic: newer than Linux 6.12 (7.x compiler_types.h: "__nocfi" only with
 * ARCH_USES_CFI_GENERIC_LLVM_PASS, an option no older kernel has, so empty is what upstream
 * gives on these targets); probe compiler_nocfi_generic (defined after this header by the
 * newer compiler_types.h, like __nonstring_array above). libeth's xdp.h uses it. */
#ifndef BPC_COMPILER_NOCFI_GENERIC
#ifndef __nocfi_generic
#define __nocfi_generic
#endif
#endif

#endif /* __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H */
