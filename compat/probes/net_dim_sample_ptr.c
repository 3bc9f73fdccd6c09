/* probe net_dim(struct dim *, const struct dim_sample *): upstream v6.14 (sample passed by reference) */
#include <linux/dim.h>

void (*bp_probe)(struct dim *dim, const struct dim_sample *end_sample);
void (*bp_probe)(struct dim *dim, const struct dim_sample *end_sample) = net_dim;
