/* net_dim() taking its sample by const pointer, guarded by BPC_NET_DIM_SAMPLE_PTR. */
#ifndef __BACKPORT_LINUX_DIM_H
#define __BACKPORT_LINUX_DIM_H
#include_next <linux/dim.h>

/* net_dim(struct dim *, const struct dim_sample *): upstream v6.14 (the sample passed by
 * reference instead of by value); probe net_dim_sample_ptr.  Before, the same function
 * takes a struct dim_sample by value: the drivers' net_dim(dim, &sample) hands it a copy. */
#ifndef BPC_NET_DIM_SAMPLE_PTR
static inline void bp_net_dim(struct dim *dim, const struct dim_sample *end_sample)
{
	net_dim(dim, *end_sample);
}
#define net_dim(dim, end_sample)	bp_net_dim(dim, end_sample)
#endif /* BPC_NET_DIM_SAMPLE_PTR */

#endif /* __BACKPORT_LINUX_DIM_H */
