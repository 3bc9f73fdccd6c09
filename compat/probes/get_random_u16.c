/* get_random_u16(): Linux 6.1 */
#include <linux/random.h>

u16 bp_probe(void);
u16 bp_probe(void)
{
	return get_random_u16();
}
