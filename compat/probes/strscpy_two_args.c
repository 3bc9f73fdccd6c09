/* strscpy(dst, src) with implied size: Linux 6.8, "string: Allow 2-argument strscpy()" */
#include <linux/string.h>

ssize_t bp_probe(const char *src);
ssize_t bp_probe(const char *src)
{
	char buf[8];

	return strscpy(buf, src);
}
