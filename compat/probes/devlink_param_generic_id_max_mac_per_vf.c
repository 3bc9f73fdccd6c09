/* probe the generic devlink param DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF ("max_mac_per_vf"): newer than Linux 6.12 (7.2.13 has it) */
#include <net/devlink.h>

int bp_probe(void);
int bp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_MAX_MAC_PER_VF;
}
