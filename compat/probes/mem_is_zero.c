/* probe mem_is_zero(): upstream v6.12 ("string: add mem_is_zero() helper to check if memory area is all zeros"); Debian has it from 6.1.0-50 and 5.10.0-45 by stable backport */
#include <linux/string.h>

bool bp_probe(const void *s, size_t n);
bool bp_probe(const void *s, size_t n)
{
	return mem_is_zero(s, n);
}
