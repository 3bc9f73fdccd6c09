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

/* FIELD_GET_SIGNED(): newer than Debian's 6.12.117, in 7.2 (rtw89); a macro,
 * so #ifndef is the probe. __signed_scalar_typeof() came with it where the tree lacks it
 * (same _Generic form). */
/* FIELD_GET_SIGNED(): newer than Linux 6.12, in Linux 7.2; a macro, #ifndef is the probe */
#ifndef FIELD_GET_SIGNED
/* __signed_scalar_typeof(): newer than Linux 6.12, in Linux 7.2; a macro, #ifndef is the probe */
#ifndef __signed_scalar_typeof
#define __bp_scalar_type_to_signed_cases(type)				\
		unsigned type:	(signed type)0,				\
		signed type:	(signed type)0
#define __signed_scalar_typeof(x) typeof(				\
		_Generic((x),						\
			 char:	(signed char)0,				\
			 __bp_scalar_type_to_signed_cases(char),	\
			 __bp_scalar_type_to_signed_cases(short),	\
			 __bp_scalar_type_to_signed_cases(int),		\
			 __bp_scalar_type_to_signed_cases(long),	\
			 __bp_scalar_type_to_signed_cases(long long),	\
			 default: (x)))
#endif
#define FIELD_GET_SIGNED(mask, reg)					\
	({								\
		__BF_FIELD_CHECK(mask, reg, 0U, "FIELD_GET_SIGNED: ");	\
		 ((__signed_scalar_typeof(mask))			\
		  (((long long)(reg) << __builtin_clzll(mask)) >>	\
		   (__builtin_clzll(mask) + __builtin_ctzll(mask))));	\
	})
#endif

/* field_prep(), field_get(): bitfield helpers whose mask need not be a compile-time
 * constant, newer than Debian's 6.12.117 (in 7.2; rtw89); macros, so #ifndef is the probe.
 * The compat forms always take the run-time path: a constant mask is not checked at
 * compile time as 7.2 does through FIELD_PREP()/FIELD_GET(). */
/* field_prep(): newer than Linux 6.12, in Linux 7.2; a macro, #ifndef is the probe */
#ifndef field_prep
#define field_prep(mask, val)						\
	({								\
		__auto_type __bp_mask = (mask);				\
		typeof(__bp_mask) __bp_val = (val);			\
		unsigned int __bp_shift = BITS_PER_TYPE(__bp_mask) <= 32 ? \
				__ffs(__bp_mask) : __ffs64(__bp_mask);	\
		(__bp_val << __bp_shift) & __bp_mask;			\
	})
#endif
/* field_get(): newer than Linux 6.12, in Linux 7.2; a macro, #ifndef is the probe */
#ifndef field_get
#define field_get(mask, reg)						\
	({								\
		__auto_type __bp_mask = (mask);				\
		typeof(__bp_mask) __bp_reg = (reg);			\
		unsigned int __bp_shift = BITS_PER_TYPE(__bp_mask) <= 32 ? \
				__ffs(__bp_mask) : __ffs64(__bp_mask);	\
		(__bp_reg & __bp_mask) >> __bp_shift;			\
	})
#endif

#endif /* __BACKPORT_LINUX_BITFIELD_H */
