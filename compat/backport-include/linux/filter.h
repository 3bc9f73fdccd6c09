/* linux/filter.h: the kernel's header plus the 3-argument bpf_warn_invalid_xdp_action() */
#ifndef __BACKPORT_LINUX_FILTER_H
#define __BACKPORT_LINUX_FILTER_H
#include_next <linux/filter.h>

/* bpf_warn_invalid_xdp_action(dev, prog, act): upstream v5.17; probe
 * bpf_warn_invalid_xdp_action_dev.  Before, only the action is reported. */
#ifndef BPC_BPF_WARN_INVALID_XDP_ACTION_DEV
#define bpf_warn_invalid_xdp_action(dev, prog, act) bpf_warn_invalid_xdp_action(act)
#endif /* BPC_BPF_WARN_INVALID_XDP_ACTION_DEV */

#endif /* __BACKPORT_LINUX_FILTER_H */
