/* nla_get_*_default() family: Linux 6.13, "netlink: introduce nla_get_*_default()" */
#include <net/netlink.h>

u32 bp_probe(const struct nlattr *a);
u32 bp_probe(const struct nlattr *a)
{
	return nla_get_u32_default(a, 1) + nla_get_u8_default(a, 2);
}
