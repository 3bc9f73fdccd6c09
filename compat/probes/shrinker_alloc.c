/* probe shrinker_alloc()/shrinker_register()/shrinker_free(): upstream v6.7, commit c42d50aefd17 (dynamically allocated shrinkers) */
#include <linux/mm.h>
#include <linux/shrinker.h>

struct shrinker *bp_probe(void);
struct shrinker *bp_probe(void)
{
	struct shrinker *s = shrinker_alloc(0, "bp-%d", 1);

	if (s) {
		shrinker_register(s);
		shrinker_free(s);
	}
	return s;
}
