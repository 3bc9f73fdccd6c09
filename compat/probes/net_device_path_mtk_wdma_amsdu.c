/* struct net_device_path .mtk_wdma.amsdu (MTK WED hardware AMSDU on offloaded flows): newer than Linux 6.1 (Debian 6.1.0-57 lacks it), present in Debian 6.12.117 */
#include <linux/netdevice.h>

void bp_probe(struct net_device_path *path);
void bp_probe(struct net_device_path *path)
{
	path->mtk_wdma.amsdu = 1;
}
