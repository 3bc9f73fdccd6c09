/* drop reason subsystems (SKB_DROP_REASON_SUBSYS_MAC80211_UNUSABLE, drop_reasons_register_subsys()): Linux 6.4, "net: extend drop reasons for multiple subsystems" */
#include <linux/skbuff.h>
#include <net/dropreason.h>

static const char * const bp_probe_reasons[] = { "x" };
static struct drop_reason_list bp_probe_list = {
	.reasons = bp_probe_reasons,
	.n_reasons = 1,
};

void bp_probe(void);
void bp_probe(void)
{
	drop_reasons_register_subsys(SKB_DROP_REASON_SUBSYS_MAC80211_UNUSABLE, &bp_probe_list);
}
