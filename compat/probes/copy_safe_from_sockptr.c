/* copy_safe_from_sockptr(): Linux 6.9 ("net: add copy_safe_from_sockptr() helper") */
#include <linux/sockptr.h>

int bp_probe(void *dst, sockptr_t src, unsigned int optlen);
int bp_probe(void *dst, sockptr_t src, unsigned int optlen)
{
	return copy_safe_from_sockptr(dst, 4, src, optlen);
}
