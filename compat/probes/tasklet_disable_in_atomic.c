/* tasklet_disable_in_atomic(): Linux 5.13 */
#include <linux/interrupt.h>

void bp_probe(struct tasklet_struct *t);
void bp_probe(struct tasklet_struct *t)
{
	tasklet_disable_in_atomic(t);
}
