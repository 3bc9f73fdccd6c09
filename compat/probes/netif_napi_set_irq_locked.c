/* probe netif_napi_set_irq_locked(): upstream v6.14/v6.15 (netdev instance-lock series) */
#include <linux/netdevice.h>

void bp_probe(struct napi_struct *napi);
void bp_probe(struct napi_struct *napi)
{
	netif_napi_set_irq_locked(napi, 0);
}
