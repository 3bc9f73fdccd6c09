/* napi_build_skb(): Linux 5.12 */
#include <linux/skbuff.h>

struct sk_buff *bp_probe(void *data, unsigned int size);
struct sk_buff *bp_probe(void *data, unsigned int size)
{
	return napi_build_skb(data, size);
}
