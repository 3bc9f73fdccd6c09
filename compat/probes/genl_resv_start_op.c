/* struct genl_family .resv_start_op: Linux 6.0, "genetlink: start to validate reserved header bytes" */
#include <net/genetlink.h>

struct genl_family bp_probe_family = {
	.resv_start_op = 1,
};
