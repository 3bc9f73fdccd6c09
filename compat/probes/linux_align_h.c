/* probe the header linux/align.h: upstream v5.11 (ALIGN() and friends out of linux/kernel.h) */
#include <linux/align.h>

unsigned long bp_probe(unsigned long x);
unsigned long bp_probe(unsigned long x)
{
	return ALIGN(x, 8);
}
