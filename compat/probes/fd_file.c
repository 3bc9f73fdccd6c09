/* probe fd_file()/fd_empty() accessors of struct fd: Linux 6.12 ("struct fd: representation change") */
#include <linux/file.h>

struct file *bp_probe(struct fd f);
struct file *bp_probe(struct fd f)
{
	if (fd_empty(f))
		return NULL;
	return fd_file(f);
}
