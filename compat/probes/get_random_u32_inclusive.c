/* get_random_u32_inclusive() and get_random_u8(): Linux 6.2 / 6.1, "random: add helpers for random numbers with given floor or range" */
#include <linux/random.h>

u32 bp_probe(void);
u32 bp_probe(void)
{
	return get_random_u32_inclusive(1, 5) + get_random_u8();
}
