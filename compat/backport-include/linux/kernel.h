/* linux/kernel.h: the kernel's header, plus what 7.2 code expects it to bring in that older
 * kernels' kernel.h does not: container_of_const() (Linux 6.2, <linux/container_of.h>, which
 * kernel.h includes since 5.16) and <linux/math.h> (5.12; compat adds abs_diff() there). */
#ifndef __BACKPORT_LINUX_KERNEL_H
#define __BACKPORT_LINUX_KERNEL_H
#include_next <linux/kernel.h>

/* container_of_const(): upstream v6.2 (Debian 6.1.0-57 has it from stable, 5.10.0-46 not);
 * a macro, so #ifndef is the probe.  A const member pointer gives a const container. */
#ifndef container_of_const
#define container_of_const(ptr, type, member)					\
	_Generic(ptr,								\
		const typeof(*(ptr)) *: ((const type *)container_of(ptr, type, member)), \
		default: ((type *)container_of(ptr, type, member)))
#endif

/* <linux/math.h>: kernel.h includes it since Linux 5.12; compat's (abs_diff()) either way */
#include <linux/math.h>

#endif /* __BACKPORT_LINUX_KERNEL_H */
