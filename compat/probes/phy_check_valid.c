/* probe phy_check_valid() exported: newer than Linux 6.1 (static in phy.c before), in 6.12 [export:phy_check_valid] */
#include <linux/phy.h>

bool bp_probe(unsigned long *features);
bool bp_probe(unsigned long *features)
{
	return phy_check_valid(SPEED_1000, DUPLEX_FULL, features);
}
