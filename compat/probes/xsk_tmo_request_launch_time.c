/* probe xsk_tx_metadata_ops.tmo_request_launch_time (AF_XDP launch time): upstream v6.15 */
#include <net/xdp_sock.h>

static void bp_launch(u64 launch_time, void *priv)
{
}

const struct xsk_tx_metadata_ops bp_probe_ops;
const struct xsk_tx_metadata_ops bp_probe_ops = {
	.tmo_request_launch_time = bp_launch,
};
