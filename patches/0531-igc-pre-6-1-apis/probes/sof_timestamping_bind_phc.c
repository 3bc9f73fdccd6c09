/* probe SOF_TIMESTAMPING_BIND_PHC (a socket binds its timestamps to one PHC, e.g. a virtual clock): upstream v5.14 ("net: socket: support hardware timestamp conversion to PHC bound") */
#include <linux/net_tstamp.h>

int bp_probe(void);
int bp_probe(void)
{
	return SOF_TIMESTAMPING_BIND_PHC;
}
