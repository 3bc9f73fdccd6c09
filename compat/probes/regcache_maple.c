/* REGCACHE_MAPLE: upstream v6.4, commit f033c26de5a5 ("regmap: Add maple tree based register cache") */
#include <linux/regmap.h>

int bp_probe(void);
int bp_probe(void)
{
	return REGCACHE_MAPLE;
}
