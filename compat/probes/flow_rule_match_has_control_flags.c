/* probe flow_rule_match_has_control_flags(): upstream v6.9 */
#include <net/flow_offload.h>

bool bp_probe(struct flow_rule *rule, struct netlink_ext_ack *extack);
bool bp_probe(struct flow_rule *rule, struct netlink_ext_ack *extack)
{
	return flow_rule_match_has_control_flags(rule, extack);
}
