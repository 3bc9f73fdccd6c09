/* FIELD_PREP_CONST(): Linux 6.2 ("bitfield: add FIELD_PREP_CONST()"); a macro, so #ifndef is the probe.
 * The compat form skips the compile-time mask checks. */
#ifndef __BACKPORT_LINUX_BITFIELD_H
#define __BACKPORT_LINUX_BITFIELD_H
#include_next <linux/bitfield.h>

/* FIELD_PREP_CONST(): Linux 6.2 ("bitfield: add FIELD_PREP_CONST()") */
#ifndef FIELD_PREP_CONST
#define FIELD_PREP_CONST(_mask, _val) \
	((((typeof(_mask))(_val)) << __bf_shf(_mask)) & (_mask))
#endif

#endif /* __BACKPORT_LINUX_BITFIELD_H */
