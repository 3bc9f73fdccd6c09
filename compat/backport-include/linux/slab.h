/* kmalloc_obj() family: Linux 7.0 ("slab: Introduce kmalloc_obj() and family"); guarded by BPC_KMALLOC_OBJ */
#ifndef __BACKPORT_LINUX_SLAB_H
#define __BACKPORT_LINUX_SLAB_H
#include_next <linux/slab.h>

/* kmalloc_obj() family: Linux 7.0 ("slab: Introduce kmalloc_obj() and family"); probe kmalloc_obj (BPC_KMALLOC_OBJ) */
#ifndef BPC_KMALLOC_OBJ
#include <linux/overflow.h>

#define __bp_default_gfp(a, b, ...) b
#define bp_default_gfp(...) __bp_default_gfp(, ##__VA_ARGS__, GFP_KERNEL)
#define __bp_alloc_objs(KMALLOC, GFP, TYPE, COUNT)			\
	((TYPE *)KMALLOC(size_mul(sizeof(TYPE), COUNT), GFP))
#define __bp_alloc_flex(KMALLOC, GFP, TYPE, FAM, COUNT)		\
	((TYPE *)KMALLOC(struct_size((TYPE *)NULL, FAM, COUNT), GFP))

#define kmalloc_obj(P, ...)  __bp_alloc_objs(kmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kmalloc_objs(P, COUNT, ...) __bp_alloc_objs(kmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kmalloc_flex(P, FAM, COUNT, ...) __bp_alloc_flex(kmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kzalloc_obj(P, ...)  __bp_alloc_objs(kzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kzalloc_objs(P, COUNT, ...) __bp_alloc_objs(kzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kzalloc_flex(P, FAM, COUNT, ...) __bp_alloc_flex(kzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kvmalloc_obj(P, ...)  __bp_alloc_objs(kvmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kvmalloc_objs(P, COUNT, ...) __bp_alloc_objs(kvmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kvmalloc_flex(P, FAM, COUNT, ...) __bp_alloc_flex(kvmalloc, bp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#define kvzalloc_obj(P, ...)  __bp_alloc_objs(kvzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), 1)
#define kvzalloc_objs(P, COUNT, ...) __bp_alloc_objs(kvzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), COUNT)
#define kvzalloc_flex(P, FAM, COUNT, ...) __bp_alloc_flex(kvzalloc, bp_default_gfp(__VA_ARGS__), typeof(P), FAM, COUNT)
#endif /* BPC_KMALLOC_OBJ */

/* kvmemdup(): guarded by BPC_KVMEMDUP.  A macro so that kvmalloc() (in
 * <linux/mm.h> before 5.16) is looked up where it is used. */
/* kvmemdup(): newer than Linux 6.1, present by 6.12; probe kvmemdup */
#ifndef BPC_KVMEMDUP
#define kvmemdup(src, len, gfp)						\
({									\
	const void *__bp_src = (src);					\
	size_t __bp_len = (len);					\
	void *__bp_p = kvmalloc(__bp_len, gfp);				\
									\
	if (__bp_p)							\
		memcpy(__bp_p, __bp_src, __bp_len);			\
	__bp_p;								\
})
#endif /* BPC_KVMEMDUP */

/* __free(kfree): upstream v6.5; a target without <linux/cleanup.h> (probe linux_cleanup_h)
 * lacks it */
#ifndef BPC_LINUX_CLEANUP_H
#include <linux/cleanup.h>
DEFINE_FREE(kfree, void *, if (!IS_ERR_OR_NULL(_T)) kfree(_T))
#endif /* BPC_LINUX_CLEANUP_H */

/* ARCH_DMA_MINALIGN everywhere: the generic default in <linux/cache.h> ("mm/slab: decouple
 * ARCH_KMALLOC_MINALIGN from ARCH_DMA_MINALIGN") */
#include <linux/cache.h>
/* ARCH_DMA_MINALIGN default: Linux 6.5 (before, only some architectures define it, not
 * x86). A macro, so #ifndef is the probe. */
#ifndef ARCH_DMA_MINALIGN
#define ARCH_DMA_MINALIGN __alignof__(unsigned long long)
#endif

/* krealloc_array(): Linux 5.11 ("mm: slab: provide krealloc_array()"), krealloc() of
 * n * size bytes, NULL when that overflows. probe krealloc_array */
#ifndef BPC_KREALLOC_ARRAY
static inline void * __must_check krealloc_array(void *p, size_t new_n, size_t new_size,
						 gfp_t flags)
{
	size_t bytes;

	if (unlikely(check_mul_overflow(new_n, new_size, &bytes)))
		return NULL;
	return krealloc(p, bytes, flags);
}
#endif /* BPC_KREALLOC_ARRAY */

/* kmalloc_size_roundup(): upstream v6.1; probe kmalloc_size_roundup.  Callers ask how much a
 * kmalloc(size) really provides to use all of it; answering the size itself is always
 * correct (only the slack of the slab bucket stays unused). */
#ifndef BPC_KMALLOC_SIZE_ROUNDUP
static inline size_t kmalloc_size_roundup(size_t size)
{
	return size;
}
#endif /* BPC_KMALLOC_SIZE_ROUNDUP */

#endif /* __BACKPORT_LINUX_SLAB_H */
