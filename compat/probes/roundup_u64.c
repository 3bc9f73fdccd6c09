/* roundup_u64(): newer than Linux 6.1, present by 6.12 (Debian 6.12.117 has it, 6.1.0-57 not), "math64: add roundup_u64()" */
#include <linux/math64.h>

u64 bp_probe(u64 x, u32 y);
u64 bp_probe(u64 x, u32 y)
{
	return roundup_u64(x, y);
}
