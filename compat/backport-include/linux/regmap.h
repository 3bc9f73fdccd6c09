/* <linux/regmap.h>: the kernel's header plus REGCACHE_MAPLE for older kernels. */
#ifndef __BACKPORT_LINUX_REGMAP_H
#define __BACKPORT_LINUX_REGMAP_H
#include_next <linux/regmap.h>

/* REGCACHE_MAPLE: upstream v6.4, commit f033c26de5a5 ("regmap: Add maple tree based register
 * cache"); probe regcache_maple (an enum constant, so #ifdef cannot test it).  Before, the
 * rbtree cache is the sparse register cache drivers chose (what the maple cache replaced:
 * same behaviour, other data structure). */
#ifndef BPC_REGCACHE_MAPLE
#define REGCACHE_MAPLE	REGCACHE_RBTREE
#endif /* BPC_REGCACHE_MAPLE */

#endif /* __BACKPORT_LINUX_REGMAP_H */
