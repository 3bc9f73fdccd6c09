/* probe bpf_warn_invalid_xdp_action(dev, prog, act): upstream v5.17 ("bpf: Let bpf_warn_invalid_xdp_action() report more info") */
#include <linux/filter.h>

void bp_probe(struct net_device *dev, struct bpf_prog *prog, u32 act);
void bp_probe(struct net_device *dev, struct bpf_prog *prog, u32 act)
{
	bpf_warn_invalid_xdp_action(dev, prog, act);
}
