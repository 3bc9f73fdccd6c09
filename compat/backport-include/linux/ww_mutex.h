/* linux/ww_mutex.h: the kernel's header plus the trylock with an acquire context. */
#ifndef __BACKPORT_LINUX_WW_MUTEX_H
#define __BACKPORT_LINUX_WW_MUTEX_H
#include_next <linux/ww_mutex.h>

/* ww_mutex_trylock(lock, ctx): Linux 5.16 ("locking/ww_mutex: Add ww_mutex_trylock() with
 * an acquire context"). Before, the trylock takes no context. With one, a lock taken is
 * recorded in the context the way ww_mutex_lock() does (lock->ctx, ctx->acquired), so
 * ww_mutex_unlock() and a later ww_mutex_lock(ctx) (-EALREADY) see it; the kernel's
 * CONFIG_DEBUG_WW_MUTEX_SLOWPATH bookkeeping is not done. probe ww_mutex_trylock_ctx */
#ifndef BPC_WW_MUTEX_TRYLOCK_CTX
static inline int __must_check bp_ww_mutex_trylock(struct ww_mutex *lock,
						   struct ww_acquire_ctx *ctx)
{
	if (!mutex_trylock(&lock->base))
		return 0;
	if (ctx) {
		lock->ctx = ctx;
		ctx->acquired++;
	}
	return 1;
}
/* the kernel's own headers (dma-resv.h) still call the one-argument form */
#define __bp_ww_mutex_trylock_1(lock) bp_ww_mutex_trylock(lock, NULL)
#define __bp_ww_mutex_trylock_sel(_1, _2, name, ...) name
#define ww_mutex_trylock(...)						\
	__bp_ww_mutex_trylock_sel(__VA_ARGS__, bp_ww_mutex_trylock,	\
				  __bp_ww_mutex_trylock_1)(__VA_ARGS__)
#endif /* BPC_WW_MUTEX_TRYLOCK_CTX */

#endif /* __BACKPORT_LINUX_WW_MUTEX_H */
