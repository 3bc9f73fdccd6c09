/* <linux/bpf_verifier.h>: the register bound accessors, guarded by BPC_BPF_REG_UMIN. */
#ifndef __BACKPORT_LINUX_BPF_VERIFIER_H
#define __BACKPORT_LINUX_BPF_VERIFIER_H
#include_next <linux/bpf_verifier.h>

/* reg_smin(), reg_smax(), reg_umin(), reg_umax(): newer than Linux 6.12 (the bounds of a
 * struct bpf_reg_state moved into range types read through these); before, the register
 * keeps them as smin_value/smax_value/umin_value/umax_value (nfp's BPF offload verifier
 * reads them); probe bpf_reg_umin */
#ifndef BPC_BPF_REG_UMIN
static inline s64 reg_smin(const struct bpf_reg_state *reg)
{
	return reg->smin_value;
}

static inline s64 reg_smax(const struct bpf_reg_state *reg)
{
	return reg->smax_value;
}

static inline u64 reg_umin(const struct bpf_reg_state *reg)
{
	return reg->umin_value;
}

static inline u64 reg_umax(const struct bpf_reg_state *reg)
{
	return reg->umax_value;
}
#endif

#endif /* __BACKPORT_LINUX_BPF_VERIFIER_H */
