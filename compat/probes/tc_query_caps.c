/* probe TC_QUERY_CAPS / struct tc_query_caps_base / struct tc_taprio_caps (qdiscs asking the driver's offload capabilities): upstream v6.1 ("net/sched: query offload capabilities through ndo_setup_tc()") */
#include <linux/netdevice.h>
#include <net/pkt_sched.h>

int bp_probe(struct tc_query_caps_base *base);
int bp_probe(struct tc_query_caps_base *base)
{
	struct tc_taprio_caps *caps = base->caps;

	return base->type == TC_QUERY_CAPS ? caps->supports_queue_max_sdu : 0;
}
