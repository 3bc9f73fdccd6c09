/* probe the header linux/array_size.h: upstream v6.7 (ARRAY_SIZE() out of linux/kernel.h) */
/* 6.1's copy (Debian stable) is not self-contained: __must_be_array() needs build_bug.h */
#include <linux/build_bug.h>
#include <linux/array_size.h>

unsigned long bp_probe(void);
unsigned long bp_probe(void)
{
	static const int a[3];

	return ARRAY_SIZE(a);
}
