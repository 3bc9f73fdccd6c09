/* probe the GTP flow types and RXH_GTP_TEID of rx-flow-hash (GTPU_V4_FLOW ... GTPU_DL_V6_FLOW): newer than Linux 6.1, in 6.12 */
#include <linux/ethtool.h>

int bp_probe(void);
int bp_probe(void)
{
	return GTPU_V4_FLOW + GTPU_DL_V6_FLOW + RXH_GTP_TEID;
}
