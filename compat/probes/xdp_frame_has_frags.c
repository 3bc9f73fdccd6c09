/* probe XDP multi-buffer helpers xdp_frame_has_frags(), xdp_buff_clear_frags_flag(), xdp_get_frame_len(): upstream v5.18 ("xdp: introduce flags field in xdp_buff/xdp_frame", "xdp: add xdp_get_frame_len") */
#include <net/xdp.h>

unsigned int bp_probe(struct xdp_frame *frame, struct xdp_buff *xdp);
unsigned int bp_probe(struct xdp_frame *frame, struct xdp_buff *xdp)
{
	xdp_buff_clear_frags_flag(xdp);
	return xdp_frame_has_frags(frame) + xdp_get_frame_len(frame);
}
