/* __counted_by(): Linux 6.5 ("Compiler Attributes: Add __counted_by macro"); a macro, so #ifndef is the probe.
 * Without compiler support it is an empty annotation. */
#ifndef __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H
#define __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H
#include_next <linux/compiler_attributes.h>

/* __counted_by(): Linux 6.5 ("Compiler Attributes: Add __counted_by macro") */
#ifndef __counted_by
#define __counted_by(member)
#endif

#endif /* __BACKPORT_LINUX_COMPILER_ATTRIBUTES_H */
