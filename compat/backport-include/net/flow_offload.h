/* <net/flow_offload.h> */
#ifndef __BACKPORT_NET_FLOW_OFFLOAD_H
#define __BACKPORT_NET_FLOW_OFFLOAD_H
#include_next <net/flow_offload.h>

/* flow_rule_match_has_control_flags(): upstream v6.9 (drivers refuse rules matching on
 * control flags they cannot offload); probe flow_rule_match_has_control_flags.  Here no
 * control flag is supported: any flag in the mask refuses the rule, with an extack message. */
#ifndef BPC_FLOW_RULE_MATCH_HAS_CONTROL_FLAGS
static inline bool flow_rule_match_has_control_flags(struct flow_rule *rule,
						     struct netlink_ext_ack *extack)
{
	struct flow_match_control match;

	if (!flow_rule_match_key(rule, FLOW_DISSECTOR_KEY_CONTROL))
		return false;
	flow_rule_match_control(rule, &match);
	if (!match.mask->flags)
		return false;
	NL_SET_ERR_MSG_MOD(extack, "Unsupported match on control.flags");
	return true;
}
#endif

#endif /* __BACKPORT_NET_FLOW_OFFLOAD_H */
