/* probe <linux/stdarg.h>: Linux 5.15 ("include: add linux/stdarg.h", the kernel's own va_list header; the compiler's <stdarg.h> before) */
#include <linux/stdarg.h>

int bp_probe(int n, ...);
int bp_probe(int n, ...)
{
	va_list ap;
	int v;

	va_start(ap, n);
	v = va_arg(ap, int);
	va_end(ap);
	return v;
}
