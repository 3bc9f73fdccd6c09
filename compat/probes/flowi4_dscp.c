/* probe struct flowi4.flowi4_dscp (dscp_t, replacing flowi4_tos): newer than Linux 6.12 */
#include <net/flow.h>
#include <net/inet_dscp.h>

void bp_probe(struct flowi4 *fl4);
void bp_probe(struct flowi4 *fl4)
{
	fl4->flowi4_dscp = inet_dsfield_to_dscp(0);
}
