// SPDX-License-Identifier: GPL-2.0-only
/* shrinker_alloc(), shrinker_register(), shrinker_free() (Linux 6.7, commit
 * c42d50aefd17) over register_shrinker()/unregister_shrinker() of older kernels.
 * Probes shrinker_alloc, register_shrinker_name (Linux 6.0: register_shrinker() takes a
 * printf-style name). */
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/shrinker.h>
#include <linux/slab.h>

#ifndef BPC_SHRINKER_ALLOC
struct bp_shrinker {
	struct shrinker shrinker;
	char *name;
	bool registered;
};

struct shrinker *shrinker_alloc(unsigned int flags, const char *fmt, ...)
{
	struct bp_shrinker *s = kzalloc(sizeof(*s), GFP_KERNEL);
	va_list ap;

	if (!s)
		return NULL;
	va_start(ap, fmt);
	s->name = kvasprintf(GFP_KERNEL, fmt, ap);
	va_end(ap);
	if (!s->name) {
		kfree(s);
		return NULL;
	}
	s->shrinker.flags = flags;
	s->shrinker.seeks = DEFAULT_SEEKS;
	return &s->shrinker;
}
EXPORT_SYMBOL_GPL(shrinker_alloc);

/* 6.7's shrinker_register() cannot fail (shrinker_alloc() did the allocations); the old
 * register_shrinker() allocates the per-node deferred counts and may: the shrinker is
 * then not called, as the caller would have it without memory pressure. */
void shrinker_register(struct shrinker *shrinker)
{
	struct bp_shrinker *s = container_of(shrinker, struct bp_shrinker, shrinker);
	int err;

#ifdef BPC_REGISTER_SHRINKER_NAME
	err = register_shrinker(shrinker, "%s", s->name);
#else
	err = register_shrinker(shrinker);
#endif
	if (WARN(err, "shrinker %s not registered: %d\n", s->name, err))
		return;
	s->registered = true;
}
EXPORT_SYMBOL_GPL(shrinker_register);

void shrinker_free(struct shrinker *shrinker)
{
	struct bp_shrinker *s;

	if (!shrinker)
		return;
	s = container_of(shrinker, struct bp_shrinker, shrinker);
	if (s->registered)
		unregister_shrinker(shrinker);
	kfree(s->name);
	kfree(s);
}
EXPORT_SYMBOL_GPL(shrinker_free);
#endif /* BPC_SHRINKER_ALLOC */
