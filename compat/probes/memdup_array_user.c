/* probe memdup_array_user(): Linux 6.7 ("string.h: add array-wrappers for (v)memdup_user()") */
#include <linux/string.h>

void *bp_probe(const void __user *src, size_t n);
void *bp_probe(const void __user *src, size_t n)
{
	return memdup_array_user(src, n, 4);
}
