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

/* FIELD_GET_SIGNED(): newer than Linux 6.12 (Debian's 6.12.117 lacks it), in Linux 7.2
 * (rtw89); a macro, so #ifndef is the probe. __signed_scalar_typeof() came with it: the same
 * _Generic form where the tree lacks it. */
#ifndef FIELD_GET_SIGNED
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
 * constant, newer than Linux 6.12 (Debian's 6.12.117 lacks them), in Linux 7.2 (rtw89);
 * macros, so #ifndef is the probe. The compat forms always take the run-time path: a
 * constant mask is not checked at compile time as 7.2 does through FIELD_PREP()/FIELD_GET(). */
#if !defined(field_prep) || !defined(field_get)
/* the shift of a mask's lowest set bit, for a mask of 32 or 64 bits */
#define __bp_field_shift(mask)						\
	(BITS_PER_TYPE(mask) <= 32 ? __ffs(mask) : __ffs64(mask))
#endif
#ifndef field_prep
#define field_prep(mask, val)						\
	({								\
		__auto_type __bp_mask = (mask);				\
		typeof(__bp_mask) __bp_val = (val);			\
		(__bp_val << __bp_field_shift(__bp_mask)) & __bp_mask;	\
	})
#endif
#ifndef field_get
#define field_get(mask, reg)						\
	({								\
		__auto_type __bp_mask = (mask);				\
		typeof(__bp_mask) __bp_reg = (reg);			\
		(__bp_reg & __bp_mask) >> __bp_field_shift(__bp_mask);	\
	})
#endif

/* FIELD_MODIFY(): newer than Linux 6.12 (replace one field of *_reg_p in place); a macro,
 * so #ifndef is the probe. The compat form skips the compile-time mask checks. */
#ifndef FIELD_MODIFY
#define FIELD_MODIFY(_mask, _reg_p, _val)					\
	({								\
		*(_reg_p) &= ~(_mask);					\
		*(_reg_p) |= (((typeof(_mask))(_val) << __bf_shf(_mask)) & (_mask)); \
	})
#endif

#endif /* __BACKPORT_LINUX_BITFIELD_H */
