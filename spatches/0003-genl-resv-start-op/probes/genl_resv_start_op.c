/* probe genl_family.resv_start_op: upstream v6.1, commit 9c5d03d36251 ("genetlink: start to validate reserved header bytes") */
#include <net/genetlink.h>

struct genl_family bp_probe_family;
struct genl_family bp_probe_family = {
	.resv_start_op = 1,
};
