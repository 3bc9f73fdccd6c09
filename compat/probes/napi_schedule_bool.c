/* napi_schedule() returning bool: Linux 6.7, "net: make napi_schedule() return bool" era */
#include <linux/netdevice.h>

bool bp_probe(struct napi_struct *n);
bool bp_probe(struct napi_struct *n)
{
	return napi_schedule(n);
}
