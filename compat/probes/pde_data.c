/* pde_data(): Linux 5.17 ("fs: proc: store PDE()->data into inode->i_private", PDE_DATA() renamed) */
#include <linux/proc_fs.h>

void *bp_probe(const struct inode *inode);
void *bp_probe(const struct inode *inode)
{
	return pde_data(inode);
}
