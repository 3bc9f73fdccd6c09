// SPDX-License-Identifier: GPL-2.0
/* A family without .resv_start_op is left alone. */
#include <net/genetlink.h>

static struct genl_family foo_fam = {
	.name = "foo",
	.version = 1,
	.maxattr = FOO_ATTR_MAX,
	.module = THIS_MODULE,
};
