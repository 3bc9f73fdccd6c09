/* copy_struct_from_sockptr(): Linux 6.11 ("net: add copy_struct_from_sockptr() helper" for extensible socket options) */
#include <linux/sockptr.h>

int bp_probe(void *dst, sockptr_t src, size_t usize);
int bp_probe(void *dst, sockptr_t src, size_t usize)
{
	return copy_struct_from_sockptr(dst, 8, src, usize);
}
