/* linux/sockptr.h: the kernel's header plus newer sockptr helpers. */
#ifndef __BACKPORT_LINUX_SOCKPTR_H
#define __BACKPORT_LINUX_SOCKPTR_H
#include_next <linux/sockptr.h>

/* copy_struct_from_sockptr(): Linux 6.11; probe copy_struct_from_sockptr. Extensible
 * struct copy as copy_struct_from_user() (Linux 5.4) does it: a shorter source is
 * zero-extended, a longer one must be zero beyond ksize (else -E2BIG). */
#ifndef BPC_COPY_STRUCT_FROM_SOCKPTR
#include <linux/string.h>
#include <linux/uaccess.h>
static inline int copy_struct_from_sockptr(void *dst, size_t ksize, sockptr_t src, size_t usize)
{
	size_t size = min(ksize, usize);

	if (!sockptr_is_kernel(src))
		return copy_struct_from_user(dst, ksize, src.user, usize);
	if (usize < ksize) {
		memset(dst + size, 0, ksize - size);
	} else if (usize > ksize) {
		const char *p = (const char *)src.kernel + ksize;
		size_t rest = usize - ksize;

		while (rest--)
			if (*p++)
				return -E2BIG;
	}
	memcpy(dst, src.kernel, size);
	return 0;
}
#endif /* BPC_COPY_STRUCT_FROM_SOCKPTR */

/* copy_safe_from_sockptr(): Linux 6.9; probe copy_safe_from_sockptr. A fixed-size option:
 * -EINVAL when the user gave less than ksize, else the first ksize bytes. */
#ifndef BPC_COPY_SAFE_FROM_SOCKPTR
static inline int copy_safe_from_sockptr(void *dst, size_t ksize, sockptr_t optval,
					 unsigned int optlen)
{
	if (optlen < ksize)
		return -EINVAL;
	return copy_from_sockptr(dst, optval, ksize) ? -EFAULT : 0;
}
#endif /* BPC_COPY_SAFE_FROM_SOCKPTR */

#endif /* __BACKPORT_LINUX_SOCKPTR_H */
