/* probe linux/wordpart.h: Linux 6.9 (upper_32_bits() and friends split out of linux/kernel.h) */
#include <linux/types.h>
#include <linux/wordpart.h>

u32 bp_probe(u64 v);
u32 bp_probe(u64 v)
{
	return upper_32_bits(v);
}
