/* probe ww_mutex_trylock(lock, ctx): Linux 5.16 ("locking/ww_mutex: Add ww_mutex_trylock() with an acquire context") */
#include <linux/ww_mutex.h>

int bp_probe(struct ww_mutex *lock, struct ww_acquire_ctx *ctx);
int bp_probe(struct ww_mutex *lock, struct ww_acquire_ctx *ctx)
{
	return ww_mutex_trylock(lock, ctx);
}
