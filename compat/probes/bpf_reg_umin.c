/* probe reg_umin()/reg_umax() (the verifier's register bounds behind accessors): newer than Linux 6.12 */
#include <linux/bpf_verifier.h>

u64 bp_probe(const struct bpf_reg_state *reg);
u64 bp_probe(const struct bpf_reg_state *reg)
{
	return reg_umin(reg) + reg_umax(reg);
}
