/* import_ubuf(): an iov_iter over one user buffer; in Linux 6.12, which has no import_single_range() any more (Debian 6.12.107 has it, 6.1.0-57 does not) [export:import_ubuf] */
#include <linux/uio.h>

int bp_probe(void __user *buf, size_t len, struct iov_iter *i);
int bp_probe(void __user *buf, size_t len, struct iov_iter *i)
{
	return import_ubuf(0, buf, len, i);
}
