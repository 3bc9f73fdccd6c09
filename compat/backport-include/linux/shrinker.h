/* linux/shrinker.h: the kernel's header plus the dynamically allocated shrinkers. */
#ifndef __BACKPORT_LINUX_SHRINKER_H
#define __BACKPORT_LINUX_SHRINKER_H
#include_next <linux/shrinker.h>

/* shrinker_alloc(), shrinker_register(), shrinker_free(): upstream v6.7, commit
 * c42d50aefd17. compat.ko (compat/shrinker.c) allocates a struct shrinker with its name
 * and registers it with register_shrinker(). There is no private_data member before 6.7:
 * callers that need one are patched. probe shrinker_alloc */
#ifndef BPC_SHRINKER_ALLOC
#define shrinker_alloc LINUX_BACKPORT(shrinker_alloc)
__printf(2, 3)
struct shrinker *shrinker_alloc(unsigned int flags, const char *fmt, ...);
#define shrinker_register LINUX_BACKPORT(shrinker_register)
void shrinker_register(struct shrinker *shrinker);
#define shrinker_free LINUX_BACKPORT(shrinker_free)
void shrinker_free(struct shrinker *shrinker);
#endif

#endif /* __BACKPORT_LINUX_SHRINKER_H */
