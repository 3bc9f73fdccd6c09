/* probe the generic devlink param DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC ("enable_phc"): newer than Linux 6.12 (7.2.13 has it) */
#include <net/devlink.h>

int bp_probe(void);
int bp_probe(void)
{
	return DEVLINK_PARAM_GENERIC_ID_ENABLE_PHC;
}
