/* probe register_shrinker(shrinker, fmt, ...): upstream v6.0, commit e33c267ab70d (shrinkers with names); gone in 6.7 (shrinker_alloc) */
#include <linux/mm.h>
#include <linux/shrinker.h>

int bp_probe(struct shrinker *s);
int bp_probe(struct shrinker *s)
{
	return register_shrinker(s, "%s", "bp");
}
