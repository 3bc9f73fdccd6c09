/* probe SKB_GSO_TCP_FIXEDID_INNER (fixed IP IDs of the inner header, SKB_GSO_TCP_FIXEDID then the outer one): newer than Linux 6.12 */
#include <linux/skbuff.h>

unsigned int bp_probe(void);
unsigned int bp_probe(void)
{
	return SKB_GSO_TCP_FIXEDID_INNER;
}
