/* probe linux/sprintf.h: Linux 6.8 (the sprintf family split out of linux/kernel.h) */
#include <linux/sprintf.h>

int bp_probe(char *buf, size_t n);
int bp_probe(char *buf, size_t n)
{
	return scnprintf(buf, n, "%d", 1);
}
