/* dsa_user_dev_check(): upstream v6.7 (dsa_slave_dev_check() renamed, "net: dsa: rename dsa_slave_* to dsa_user_*") */
#include <net/dsa.h>

bool bp_probe(const struct net_device *dev);
bool bp_probe(const struct net_device *dev)
{
	return dsa_user_dev_check(dev);
}
