/* probe get_random_u32_below(): upstream v6.2, commit e9a688bcb193 ("random: use rejection sampling for uniform bounded random integers") */
#include <linux/random.h>

u32 bp_probe(u32 ceil);
u32 bp_probe(u32 ceil)
{
	return get_random_u32_below(ceil);
}
