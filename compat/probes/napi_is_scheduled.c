/* napi_is_scheduled(): Linux 6.7, "net: introduce napi_is_scheduled helper" */
#include <linux/netdevice.h>

bool bp_probe(struct napi_struct *n);
bool bp_probe(struct napi_struct *n)
{
	return napi_is_scheduled(n);
}
