/* kmemdup_array(): Linux 6.8/6.10 (6.10 argument order); guarded by BPC_KMEMDUP_ARRAY.
 * strscpy(dst, src): Linux 6.8; guarded by BPC_STRSCPY_TWO_ARGS */
#ifndef __BACKPORT_LINUX_STRING_H
#define __BACKPORT_LINUX_STRING_H
#include_next <linux/string.h>

/* kmemdup_array(): Linux 6.8/6.10 (6.10 argument order); probe kmemdup_array (BPC_KMEMDUP_ARRAY) */
#ifndef BPC_KMEMDUP_ARRAY
#include <linux/overflow.h>
#define kmemdup_array(src, count, element_size, gfp) \
	kmemdup(src, size_mul(count, element_size), gfp)
#endif /* BPC_KMEMDUP_ARRAY */

/* memset_after()/memset_startat(): Linux 5.16; guarded by BPC_MEMSET_AFTER */
#ifndef BPC_MEMSET_AFTER
#include <linux/stddef.h>
#define memset_after(obj, v, member)					\
({									\
	u8 *__ptr = (u8 *)(obj);					\
	typeof(v) __val = (v);						\
	memset(__ptr + offsetofend(typeof(*(obj)), member), __val,	\
	       sizeof(*(obj)) - offsetofend(typeof(*(obj)), member));	\
})
#define memset_startat(obj, v, member)					\
({									\
	u8 *__ptr = (u8 *)(obj);					\
	typeof(v) __val = (v);						\
	memset(__ptr + offsetof(typeof(*(obj)), member), __val,	\
	       sizeof(*(obj)) - offsetof(typeof(*(obj)), member));	\
})
#endif /* BPC_MEMSET_AFTER */

/* strscpy(dst, src): Linux 6.8; guarded by BPC_STRSCPY_TWO_ARGS */
#ifndef BPC_STRSCPY_TWO_ARGS
#define __bp_strscpy(dst, src, size, ...) strscpy(dst, src, size)
#define strscpy(dst, src, ...) __bp_strscpy(dst, src, ##__VA_ARGS__, sizeof(dst))
#define __bp_strscpy_pad(dst, src, size, ...) strscpy_pad(dst, src, size)
#define strscpy_pad(dst, src, ...) __bp_strscpy_pad(dst, src, ##__VA_ARGS__, sizeof(dst))
#endif /* BPC_STRSCPY_TWO_ARGS */

/* memdup_array_user(): Linux 6.7 ("string.h: add array-wrappers for (v)memdup_user()"):
 * memdup_user() of n * size bytes, -EOVERFLOW when that overflows. probe memdup_array_user */
#ifndef BPC_MEMDUP_ARRAY_USER
#include <linux/overflow.h>
#include <linux/err.h>
static inline void *memdup_array_user(const void __user *src, size_t n, size_t size)
{
	size_t nbytes;

	if (check_mul_overflow(n, size, &nbytes))
		return ERR_PTR(-EOVERFLOW);
	return memdup_user(src, nbytes);
}
#endif /* BPC_MEMDUP_ARRAY_USER */

/* strtomem_pad(): Linux 6.0 ("string: Introduce strtomem() and strtomem_pad()"): copy a
 * string into a fixed-size char array (no NUL needed), padding with @pad. A macro, so
 * #ifndef is the probe. */
#ifndef strtomem_pad
#define strtomem_pad(dest, src, pad)					\
	memcpy_and_pad(dest, sizeof(dest), src,				\
		       strnlen(src, sizeof(dest)), pad)
#endif

/* vmemdup_array_user(): Linux 6.7 (added with memdup_array_user(), each with
 * a probe of its own), vmemdup_user() of n * size bytes.
 * probe vmemdup_array_user */
#ifndef BPC_VMEMDUP_ARRAY_USER
#include <linux/overflow.h>
#include <linux/err.h>
static inline void *vmemdup_array_user(const void __user *src, size_t n, size_t size)
{
	size_t nbytes;

	if (check_mul_overflow(n, size, &nbytes))
		return ERR_PTR(-EOVERFLOW);
	return vmemdup_user(src, nbytes);
}
#endif /* BPC_VMEMDUP_ARRAY_USER */

/* mem_is_zero(): upstream v6.12 (Debian 6.1.0-50+ and 5.10.0-45+ by stable backport); probe
 * mem_is_zero.  igc's frame preemption tests an SMD frame for all-zero bytes. */
#ifndef BPC_MEM_IS_ZERO
static inline bool mem_is_zero(const void *s, size_t n)
{
	return !memchr_inv(s, 0, n);
}
#endif /* BPC_MEM_IS_ZERO */

#endif /* __BACKPORT_LINUX_STRING_H */
